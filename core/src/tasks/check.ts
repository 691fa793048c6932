import * as path from 'node:path';
import type { Diagnostic } from '../diagnostic';
import { analyze, type AnalysisDiagnostic } from '../analysis';
import { declaredDialect, maskVariables } from '../project';
import { Dialect, parse } from '../sql';
import { ORACLE_CACHE_FOLDER, validateStrict } from '../sql/oracle';
import { LineIndex } from '../text/line-index';
import { projectChecks } from './project-checks';
import { readSqlFile } from './read-sql-file';
import { loadWorkspace, toDiagnostic, WorkspaceFile } from './workspace';

export interface CheckOptions {
  /** Project folder; default: the nearest ancestor of `cwd` holding strata.yaml. */
  project?: string;
  /** Standalone files: check these instead of a project. */
  files?: string[];
  /** Dialect of standalone files; default: what each file's front matter declares, else spark. */
  dialect?: Dialect;
  /** Validate every statement with the dialect's reference grammar too. */
  strict?: boolean;
  vars?: Record<string, string>;
  cwd: string;
}

export interface CheckResult {
  mode: 'project' | 'files';
  root?: string;
  files: number;
  statements: number;
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
}

/** `strata check`: syntax, unknown tables and columns, insert shape and cycles, as diagnostics. */
export async function check(options: CheckOptions): Promise<CheckResult> {
  return options.files && options.files.length > 0 ? checkFiles(options.files, options) : checkProject(options);
}

async function checkProject(options: CheckOptions): Promise<CheckResult> {
  const ws = await loadWorkspace(options);
  const diagnostics = [...ws.diagnostics, ...projectChecks(ws.files, ws.catalog, ws.jobs.values())];
  for (const wf of ws.files) {
    if (wf.file.kind === 'job') diagnostics.push(...semanticDiagnostics(wf, ws.analysis.get(wf.file.path)?.diagnostics ?? []));
    if (options.strict) diagnostics.push(...strictDiagnostics(wf, ws.project.root));
  }
  const statements = ws.files.reduce((n, f) => n + f.script.statements.length, 0);
  return summarize('project', diagnostics, ws.files.length, statements, ws.project.root);
}

async function checkFiles(files: string[], options: CheckOptions): Promise<CheckResult> {
  const diagnostics: Diagnostic[] = [];
  let statements = 0;
  for (const file of files) {
    const text = await readSqlFile(path.resolve(options.cwd, file), file);
    const dialect = options.dialect ?? declaredDialect(text, 'spark');
    const script = parse(text, dialect);
    const lines = new LineIndex(text);
    statements += script.statements.length;
    for (const e of script.errors) diagnostics.push(toDiagnostic(file, lines, e.start, e.end, 'syntax', e.message));
    diagnostics.push(...semanticDiagnostics({ file: { path: file }, script, lines } as WorkspaceFile, analyze(script)));
    if (options.strict) {
      const wf = { file: { path: file, text, dialect }, script, lines } as WorkspaceFile;
      diagnostics.push(...strictDiagnostics(wf));
    }
  }
  return summarize('files', diagnostics, files.length, statements);
}

/**
 * Semantic problems of the statements that parsed: in a statement with a syntax error, unknown
 * columns and counts are follow-ups of that one mistake (one mistake, one line).
 */
function semanticDiagnostics(wf: WorkspaceFile, found: AnalysisDiagnostic[]): Diagnostic[] {
  const broken = wf.script.statements.filter((s) => wf.script.errors.some((e) => e.start >= s.start && e.start <= s.end));
  return found
    .filter((d) => !broken.some((s) => d.start >= s.start && d.start <= s.end))
    .map((d) => toDiagnostic(wf.file.path, wf.lines, d.start, d.end, d.code, d.message, d.severity));
}

/**
 * Reference-grammar errors in statements our parser accepted (variables masked so offsets
 * hold). Only the first error of a statement: ANTLR's later ones are mostly cascades of it.
 */
function strictDiagnostics(wf: WorkspaceFile, root?: string): Diagnostic[] {
  const masked = maskVariables(wf.file.text).text;
  const accepted = wf.script.statements.filter((s) => !wf.script.errors.some((e) => e.start >= s.start && e.start <= s.end));
  const cacheDir = root ? path.join(root, ORACLE_CACHE_FOLDER) : undefined;
  return accepted.flatMap((statement) => {
    const [first] = validateStrict(masked, wf.file.dialect, [statement], { cacheDir });
    return first ? [toDiagnostic(wf.file.path, wf.lines, first.start, first.end, 'strict-syntax', first.message)] : [];
  });
}

function summarize(mode: CheckResult['mode'], diagnostics: Diagnostic[], files: number, statements: number, root?: string): CheckResult {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return { mode, root, files, statements, errors, warnings, diagnostics };
}
