import { lintScript } from '../lint/engine';
import type { LintFinding } from '../lint/rule';
import type { LintSettings } from '../lint/project-config';
import type { Workspace, WorkspaceFile } from './workspace';

/**
 * The findings of one workspace file with the rules `settings` give its path. `workspace`: what
 * rules see as the workspace (the lint cache passes a copy that watches whether they read it).
 */
export function lintFile(ws: Workspace, wf: WorkspaceFile, settings: LintSettings, workspace: Workspace = ws): LintFinding[] {
  const { file } = wf;
  return lintScript({
    text: file.text,
    dialect: file.dialect,
    rules: settings.rulesFor(file.path),
    catalog: ws.catalog,
    file,
    workspace,
    analysis: ws.analysis.get(file.path),
  });
}
