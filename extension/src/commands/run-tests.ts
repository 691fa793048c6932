import type * as vscode from 'vscode';
import { testCommand } from '../cli-task';
import { activeFile, fileOf, projectOfFile, runCli, workspaceProject } from './run-cli';

/**
 * Strata: Run tests — `strata test` in a terminal, in the project of the given file URI (a code
 * lens) or of the active file, else of the first workspace folder that is in a project.
 */
export async function runTests(target?: vscode.Uri | string): Promise<void> {
  const file = target === undefined ? activeFile() : fileOf(target);
  const root = (file === undefined ? undefined : projectOfFile(file)) ?? workspaceProject();
  await runCli('test', root, file ?? 'the workspace folders', (cli, r) => testCommand(cli, r));
}
