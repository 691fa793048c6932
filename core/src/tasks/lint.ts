import * as path from 'node:path';
import type { AnyRule, LintFinding } from '../lint/rule';
import { ALL_RULES } from '../lint/rules';
import { LintSettings } from '../lint/project-config';
import { workspaceOf, resolveProjectRoot, type Workspace, type WorkspaceFile } from './workspace';
import { WorkspaceCache } from './cached-workspace';
import { LintCache } from './lint-cache';
import { StrataError } from '../errors';
import { loadProject, sqlFileOf, type Project } from '../project';
import { closest } from '../text/closest';
import { unreadableProjectFiles } from './lint-file-finding';
import { lintFile } from './lint-workspace-file';
import { lintFromSummary } from './lint-summary';
import { SummaryStore } from './project-summary';

export interface LintOptions {
  /** Project folder; default: the nearest ancestor of `cwd` holding strata.yaml. */
  project?: string;
  /** Files or folders (relative to `cwd`) to lint; every table and job of the project when empty. */
  paths?: string[];
  vars?: Record<string, string>;
  cwd: string;
  /**
   * Texts that replace what is on disk, by project-relative path (the git index for `--staged`,
   * standard input for `--stdin-filename`); a path the project lacks is added as a new file.
   */
  contents?: Record<string, string>;
  /** Run only these rules (codes or names) instead of every rule. */
  only?: string[];
  /**
   * Use the persistent analysis cache under `.strata/cache/` (default true; `--no-cache` maps to
   * false, which neither reads nor writes it): unchanged files are not parsed again, and a file's
   * findings are reused while nothing they depend on changed (see `lint-cache.ts`).
   */
  cache?: boolean;
}

/** One linted file: its project-relative path and findings sorted by position. */
export interface FileLint {
  path: string;
  text: string;
  findings: LintFinding[];
}

export interface LintResult {
  root: string;
  files: FileLint[];
  errors: number;
  warnings: number;
}

/**
 * `strata lint`: every active rule over the selected project files, with the project's catalog,
 * analysis and DAG, and the rule settings of strata.yaml (`lint.rules`, `lint.overrides`).
 */
export async function lint(options: LintOptions): Promise<LintResult> {
  const root = resolveProjectRoot(options);
  const contents = options.contents ?? {};
  const only = onlyRules(options.only);
  let files: FileLint[];
  if (options.cache === false) {
    const ws = workspaceOf(withContents(await loadProject(root, { vars: options.vars }), contents));
    const settings = new LintSettings(ws.project.config.lint, ALL_RULES, only);
    files = lintSelected(ws, options, (wf) => lintFile(ws, wf, settings));
  } else {
    const wanted = wantedPaths(root, options);
    files = (wanted && (await lintFromSummary(root, wanted, { vars: options.vars, only, contents }))) || (await lintLoaded(root, options, contents, only));
  }
  const all = files.flatMap((f) => f.findings);
  return {
    root,
    files,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
  };
}

/**
 * The cached lint of the loaded project; it leaves the project's summary for the next lint of a
 * few jobs (`lint-summary.ts`).
 */
async function lintLoaded(root: string, options: LintOptions, contents: Record<string, string>, only: readonly AnyRule[] | undefined): Promise<FileLint[]> {
  const cache = new WorkspaceCache(root, { ...options, edit: (project) => withContents(project, contents) });
  const ws = await cache.load();
  const settings = new LintSettings(ws.project.config.lint, ALL_RULES, only);
  const findings = new LintCache(root, cache, ALL_RULES);
  const files = lintSelected(ws, options, (wf) => findings.findings(ws, wf, settings.rulesFor(wf.file.path), (watched) => lintFile(ws, wf, settings, watched)));
  findings.save(!options.paths || options.paths.length === 0);
  cache.save();
  const summary = cache.summary(ws);
  if (summary) new SummaryStore(root).write(summary);
  return files;
}

/** The selected files linted by `lintOne`; a binary or unreadable file gets its one finding instead. */
function lintSelected(ws: Workspace, options: LintOptions, lintOne: (wf: WorkspaceFile) => LintFinding[]): FileLint[] {
  const unreadable = unreadableProjectFiles(ws.project.diagnostics, options.contents);
  return selectFiles(ws, options).map((wf) => {
    const problem = unreadable.get(wf.file.path);
    return { path: wf.file.path, text: wf.file.text, findings: problem ? [problem] : lintOne(wf) };
  });
}

/** The given paths relative to the project (posix); undefined when none is given or one is the project itself. */
function wantedPaths(root: string, options: LintOptions): string[] | undefined {
  const wanted = options.paths?.map((p) => path.relative(root, path.resolve(options.cwd, p)).split(path.sep).join('/'));
  return wanted && wanted.length > 0 && !wanted.includes('') ? wanted : undefined;
}

/** The project files under the given paths (all of them when none is given). */
function selectFiles(ws: Workspace, options: LintOptions): WorkspaceFile[] {
  const wanted = wantedPaths(ws.project.root, options);
  if (!wanted) return ws.files;
  const exact = new Set(wanted);
  const folders = wanted.map((w) => `${w}/`);
  return ws.files.filter(({ file }) => exact.has(file.path) || folders.some((f) => file.path.startsWith(f)));
}

/** The rules `only` names (codes or names); a name no rule has is a usage error with a did-you-mean. */
export function onlyRules(only: string[] | undefined): readonly AnyRule[] | undefined {
  if (!only || only.length === 0) return undefined;
  const keys = new Set(only.map((k) => k.toUpperCase()));
  for (const key of only) {
    if (!ALL_RULES.some((r) => r.code.toUpperCase() === key.toUpperCase() || r.name.toUpperCase() === key.toUpperCase())) {
      const near = closest(key, ALL_RULES.flatMap((r) => [r.code, r.name]));
      throw new StrataError('usage', `unknown rule '${key}' in --rule${near ? `, did you mean '${near}'?` : '; docs/rules.md lists every rule'}`);
    }
  }
  return ALL_RULES.filter((r) => keys.has(r.code.toUpperCase()) || keys.has(r.name.toUpperCase()));
}

/** The project with the given texts in place of the files' disk content (new paths added as new files). */
function withContents(project: Project, contents: Record<string, string>): Project {
  const paths = Object.keys(contents);
  if (paths.length === 0) return project;
  const replaced = (file: string) => {
    const kind = project.files.find((f) => f.path === file)?.kind ?? (file.startsWith(`${project.config.paths.tables}/`) ? 'table' : 'job');
    return sqlFileOf(file, kind, contents[file], project.config).sqlFile;
  };
  const kept = project.files.filter((f) => !(f.path in contents));
  return { ...project, files: [...kept, ...paths.map(replaced)] };
}
