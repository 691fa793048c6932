import * as vscode from 'vscode';
import { dryRunCommand } from '../cli-task';
import { activeFile, runCli } from './run-cli';

/** Strata: Dry-run current job — `strata dry-run <file>` in a terminal, in the job's project. */
export async function dryRun(): Promise<void> {
  const file = activeFile();
  if (file === undefined) {
    void vscode.window.showErrorMessage('Strata: open a job file (jobs/*.sql) to dry-run it.');
    return;
  }
  await runCli('dry-run', file, (cli, root) => dryRunCommand(cli, root, file));
}
