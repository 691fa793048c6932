import * as path from 'node:path';
import type { LineageHop } from '../analysis/graph-columns';
import { analyzeScript, LineageJson, toLineageJson } from '../analysis';
import { StrataError } from '../errors';
import { declaredDialect } from '../project';
import { Dialect, parse } from '../sql';
import { closest } from '../text/closest';
import { LineIndex } from '../text/line-index';
import type { Diagnostic } from '../diagnostic';
import { readSqlFile } from './read-sql-file';
import { loadWorkspace, toDiagnostic, Workspace, WorkspaceOptions } from './workspace';

export interface ProjectLineageOptions extends WorkspaceOptions {
  /** `db.table` or `db.table.column`. */
  target: string;
  direction: 'upstream' | 'downstream' | 'both';
  depth?: number;
}

export interface ColumnLineage {
  column: string;
  upstream: LineageHop[];
  downstream: LineageHop[];
}

export interface ProjectLineageResult {
  target: string;
  columns: ColumnLineage[];
  /** Jobs downstream of the target (impact analysis), sorted. */
  jobs: string[];
}

/** `strata lineage TABLE[.COLUMN]`: walks the project's column graph. */
export async function projectLineage(options: ProjectLineageOptions): Promise<ProjectLineageResult> {
  const ws = await loadWorkspace(options);
  const columns = targetColumns(ws, options.target).map((column) => ({
    column,
    upstream: options.direction === 'downstream' ? [] : ws.columns.walk(column, 'upstream', options.depth),
    downstream: options.direction === 'upstream' ? [] : ws.columns.walk(column, 'downstream', options.depth),
  }));
  const jobs = [...new Set(columns.flatMap((c) => c.downstream.map((h) => h.job)))].sort();
  return { target: options.target.toLowerCase(), columns, jobs };
}

/** The queried column, or every column of the queried table. */
function targetColumns(ws: Workspace, target: string): string[] {
  const name = target.toLowerCase();
  const table = ws.catalog.get(name);
  if (table) return table.columns.map((c) => `${table.name}.${c.name.toLowerCase()}`);
  const dot = name.lastIndexOf('.');
  const owner = dot > 0 ? ws.catalog.get(name.slice(0, dot)) : undefined;
  if (owner) {
    const column = name.slice(dot + 1);
    if (owner.columns.some((c) => c.name.toLowerCase() === column)) return [`${owner.name}.${column}`];
    const hint = closest(column, owner.columns.map((c) => c.name));
    throw new StrataError('usage', `table '${owner.name}' has no column '${column}'${hint ? `; did you mean '${hint}'?` : ''}`);
  }
  // Job-local tables (a Flink job's temporary sinks) are in the column graph, not the catalog.
  const graphColumns = ws.columns.columns();
  if (graphColumns.includes(name)) return [name];
  const ofTable = graphColumns.filter((c) => c.startsWith(`${name}.`) && !c.slice(name.length + 1).includes('.'));
  if (ofTable.length > 0) return ofTable;
  const known = [...ws.catalog.tables().map((t) => t.name), ...graphColumns];
  const hint = closest(name, known);
  throw new StrataError('usage', `unknown table or column '${target}'${hint ? `; did you mean '${hint}'?` : ''} (write db.table or db.table.column)`);
}

export interface FileLineageOptions {
  files: string[];
  /** Default: what each file's front matter declares, else spark. */
  dialect?: Dialect;
  cwd: string;
}

/** One standalone file's lineage: the stable contract plus warnings (syntax errors, unresolvable columns, ...) and internal errors. */
export interface FileLineage {
  file: string;
  lineage: LineageJson;
  warnings: Diagnostic[];
}

/** `strata lineage --file F`: the stable JSON contract per standalone file, in the order given. */
export async function fileLineage(options: FileLineageOptions): Promise<FileLineage[]> {
  const results: FileLineage[] = [];
  for (const file of options.files) {
    const text = await readSqlFile(path.resolve(options.cwd, file), file);
    const script = parse(text, options.dialect ?? declaredDialect(text, 'spark'));
    const { lineage: result, diagnostics } = analyzeScript(script);
    const lines = new LineIndex(text);
    // A syntax error leaves its statement's lineage out or partial: say so (stderr), while the
    // valid statements still give their lineage (exit 0, as `check` is the command that fails on syntax).
    const warnings = script.errors.map((e) => toDiagnostic(file, lines, e.start, e.end, 'syntax', `${e.message}; lineage of this statement may be incomplete`, 'warning'));
    warnings.push(...result.warnings.map((w) => toDiagnostic(file, lines, w.start, w.end, 'lineage', w.message, 'warning')));
    // A statement whose analysis failed has no lineage: that must not pass as a clean result. And a
    // target column named by the engine's generated name (no DDL, no alias) is surely misnamed.
    const lineageProblems = diagnostics.filter((x) => x.code === 'internal-error' || x.code === 'unnamed-column');
    for (const d of lineageProblems) warnings.push(toDiagnostic(file, lines, d.start, d.end, d.code, d.message, d.severity));
    results.push({ file, lineage: toLineageJson(result), warnings });
  }
  return results;
}
