import * as vscode from 'vscode';
import { dryRunCommand } from '../cli-task';
import { activeFile, fileOf, projectOfFile, runCli } from './run-cli';

/**
 * Strata: Dry-run current job — `strata dry-run <file>` in a terminal, in the job's project. A
 * caller (a code lens, the editor title) may name the job file by URI; otherwise it is the active
 * editor's file.
 */
export async function dryRun(target?: vscode.Uri | string): Promise<void> {
  const file = target === undefined ? activeFile() : fileOf(target);
  if (file === undefined) {
    void vscode.window.showErrorMessage('Strata: open a job file (jobs/*.sql) to dry-run it.');
    return;
  }
  await runCli('dry-run', projectOfFile(file), file, (cli, root) => dryRunCommand(cli, root, file));
}
