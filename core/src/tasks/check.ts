import * as path from 'node:path';
import type { Diagnostic } from '../diagnostic';
import { analyze, type AnalysisDiagnostic } from '../analysis';
import { declaredDialect } from '../project';
import { Dialect, parse, type Script } from '../sql';
import { LineIndex } from '../text/line-index';
import { projectChecks } from './project-checks';
import { readSqlFile } from './read-sql-file';
import { strictErrors } from './strict-errors';
import { WorkspaceCache } from './cached-workspace';
import { memoizedCheck } from './check-cache';
import { loadWorkspace, resolveProjectRoot, toDiagnostic, type Workspace } from './workspace';

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
  /**
   * Use the persistent analysis cache under `.strata/cache/` (default true; `--no-cache` maps to
   * false, which neither reads nor writes it): unchanged files are not parsed again, unchanged jobs
   * whose tables did not change are not analysed again.
   */
  cache?: boolean;
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
  if (options.cache === false) return checkWorkspace(await loadWorkspace(options), options);
  const root = resolveProjectRoot(options);
  const key = { vars: options.vars, strict: options.strict === true };
  return memoizedCheck(root, key, async (hashes) => {
    const cache = new WorkspaceCache(root, options, hashes);
    const result = checkWorkspace(await cache.load(), options);
    cache.save();
    return result;
  });
}

function checkWorkspace(ws: Workspace, options: CheckOptions): CheckResult {
  const diagnostics = [...ws.diagnostics, ...projectChecks(ws)];
  for (const wf of ws.files) {
    diagnostics.push(...(ws.semantic.get(wf.file.path) ?? []));
    if (options.strict) diagnostics.push(...strictDiagnostics({ path: wf.file.path, text: wf.file.text, dialect: wf.file.dialect, script: wf.script, lines: wf.lines }, ws.project.root));
  }
  let statements = 0;
  for (const facts of ws.facts.values()) statements += facts.statements;
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
    const checked = { path: file, text, dialect, script, lines };
    diagnostics.push(...semanticDiagnostics(checked, analyze(script)));
    if (options.strict) diagnostics.push(...strictDiagnostics(checked));
  }
  return summarize('files', diagnostics, files.length, statements);
}

/** A parsed file being checked, from a project or given with --file. */
interface CheckedFile {
  path: string;
  text: string;
  dialect: Dialect;
  script: Script;
  lines: LineIndex;
}

/** Semantic problems as diagnostics (analysis already left out the follow-ups of syntax errors). */
function semanticDiagnostics(f: CheckedFile, found: AnalysisDiagnostic[]): Diagnostic[] {
  return found.map((d) => toDiagnostic(f.path, f.lines, d.start, d.end, d.code, d.message, d.severity));
}

/** Reference-grammar errors of the file (`--strict`). */
function strictDiagnostics(f: CheckedFile, root?: string): Diagnostic[] {
  return strictErrors(f.text, f.dialect, f.script, root).map((e) => toDiagnostic(f.path, f.lines, e.start, e.end, 'strict-syntax', e.message));
}

function summarize(mode: CheckResult['mode'], diagnostics: Diagnostic[], files: number, statements: number, root?: string): CheckResult {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return { mode, root, files, statements, errors, warnings, diagnostics };
}
