import * as path from 'node:path';
import { ALL_RULES, lintScript, type LintFinding } from '../lint';
import { LintSettings } from '../lint/project-config';
import { workspaceOf, resolveProjectRoot, type Workspace, type WorkspaceFile } from './workspace';
import { loadProject } from '../project';

export interface LintOptions {
  /** Project folder; default: the nearest ancestor of `cwd` holding strata.yaml. */
  project?: string;
  /** Files or folders (relative to `cwd`) to lint; every table and job of the project when empty. */
  paths?: string[];
  vars?: Record<string, string>;
  cwd: string;
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
  const project = await loadProject(resolveProjectRoot(options), { vars: options.vars });
  const settings = new LintSettings(project.config.lint, ALL_RULES);
  const ws = workspaceOf(project);
  const selected = selectFiles(ws, options);
  const files = selected.map((wf) => ({ path: wf.file.path, text: wf.file.text, findings: lintFile(ws, wf, settings) }));
  const all = files.flatMap((f) => f.findings);
  return {
    root: project.root,
    files,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
  };
}

function lintFile(ws: Workspace, wf: WorkspaceFile, settings: LintSettings): LintFinding[] {
  const { file } = wf;
  return lintScript({
    text: file.text,
    dialect: file.dialect,
    rules: settings.rulesFor(file.path),
    catalog: ws.catalog,
    file,
    workspace: ws,
    analysis: ws.analysis.get(file.path),
  });
}

/** The project files under the given paths (all of them when none is given). */
function selectFiles(ws: Workspace, options: LintOptions): WorkspaceFile[] {
  if (!options.paths || options.paths.length === 0) return ws.files;
  const wanted = options.paths.map((p) => path.relative(ws.project.root, path.resolve(options.cwd, p)).split(path.sep).join('/'));
  const under = (file: string) => wanted.some((w) => w === '' || file === w || file.startsWith(`${w}/`));
  return ws.files.filter((wf) => under(wf.file.path));
}
