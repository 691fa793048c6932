import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CliRun } from '../cli-task';
import { projectRootOf } from '../project-root';

/**
 * Runs a strata CLI command as a VS Code task (type `strata`) in the integrated terminal, in the
 * project of the active editor, else of the first workspace folder that is one.
 */
export async function runCli(command: string, file: string | undefined, build: (cli: string, root: string) => CliRun): Promise<void> {
  const root = projectRoot(file);
  if (root === undefined) {
    void vscode.window.showErrorMessage(`Strata: no strata.yaml above ${file ?? 'the workspace folders'}; open a file of a Strata project to run "strata ${command}".`);
    return;
  }
  const cli = vscode.workspace.getConfiguration('strata').get<string>('cliPath') || 'strata';
  const run = build(cli, root);
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(root)) ?? vscode.TaskScope.Workspace;
  const task = new vscode.Task({ type: 'strata', command, ...(file ? { file } : {}) }, folder, run.name, 'strata', new vscode.ShellExecution(run.command, run.args, { cwd: run.cwd }));
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, clear: true };
  await vscode.tasks.executeTask(task);
}

/** The file of the active editor, when it is on disk. */
export function activeFile(): string | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri?.scheme === 'file' ? uri.fsPath : undefined;
}

function projectRoot(file: string | undefined): string | undefined {
  if (file !== undefined) return projectRootOf(path.dirname(file));
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const root = folder.uri.scheme === 'file' ? projectRootOf(folder.uri.fsPath) : undefined;
    if (root !== undefined) return root;
  }
  return undefined;
}
