import type { Diagnostic } from '../diagnostic';
import { ALL_RULES, lintScript, type LintFinding } from '../lint';
import { LintSettings } from '../lint/project-config';
import { evaluatePartitionFilters, type PartitionValues } from './dry-run-partitions';
import type { Workspace, WorkspaceFile } from './workspace';

/**
 * The lint rules a dry-run applies besides check's diagnostics: select items written into a
 * column of another name (positional inserts), types that narrow on insert, full scans of
 * partitioned sources. The project's lint settings (severity, off) and `-- noqa` apply.
 */
export const DRY_RUN_RULES = ['insert-column-name', 'insert-type-narrowing', 'partition-filter'];

/** One partitioned table a job reads, and whether the reading statement filters a partition column. */
export interface PartitionRead {
  table: string;
  /** Its partition columns. */
  partitions: string[];
  /** False: every partition is scanned. */
  filtered: boolean;
  /**
   * The partitions read, per filter whose values can be named (`p_date = '2026-11-25'`, `IN`,
   * `BETWEEN`, `>=`; operands evaluated with the run's variables); empty when the filter's form
   * names none (`substr(p_date, 1, 7) = ...`) or nothing filters.
   */
  values: PartitionValues[];
  /** Where it is read (0-based, LSP style). */
  line: number;
  character: number;
}

/**
 * What `strata check` says about the job (loader, syntax and semantic diagnostics: unknown tables
 * and columns, insert column count) plus the findings of {@link DRY_RUN_RULES}, sorted by position.
 */
export function staticDiagnostics(ws: Workspace, wf: WorkspaceFile): Diagnostic[] {
  const path = wf.file.path;
  const settings = new LintSettings(ws.project.config.lint, ALL_RULES, ALL_RULES.filter((r) => DRY_RUN_RULES.includes(r.name)));
  const findings = lintScript({
    text: wf.file.text,
    dialect: wf.file.dialect,
    rules: settings.rulesFor(path),
    catalog: ws.catalog,
    file: wf.file,
    workspace: ws,
    analysis: ws.analysis.get(path),
  }).filter((f) => f.code !== 'parse-error');
  const found = [...ws.diagnostics.filter((d) => d.file === path), ...(ws.semantic.get(path) ?? []), ...findings.map((f) => fromFinding(path, f))];
  return found.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
}

function fromFinding(file: string, f: LintFinding): Diagnostic {
  return { file, start: f.start, end: f.end, severity: f.severity, code: f.rule, message: f.message };
}

/** The partitioned tables the job reads, from the analysis facts the partition-filter rule uses, with the partitions each filter names. */
export async function partitionReads(ws: Workspace, wf: WorkspaceFile, vars: Record<string, string>): Promise<PartitionRead[]> {
  const facts = ws.analysis.get(wf.file.path)?.facts.partitionReads ?? [];
  const values = await evaluatePartitionFilters(ws, wf, facts.map((r) => r.filters ?? []), vars);
  return facts.map((r, i) => ({ table: r.table, partitions: r.partitions, filtered: r.pruned, values: values[i], ...wf.lines.position(r.start) }));
}
