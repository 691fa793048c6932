import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CliRun } from '../cli-task';
import { projectRootOf } from '../project-root';

/**
 * Runs a strata CLI command as a VS Code task (type `strata`) in the integrated terminal, in the
 * project folder `root` (undefined: say that there is no project around `place`).
 */
export async function runCli(command: string, root: string | undefined, place: string, build: (cli: string, root: string) => CliRun): Promise<void> {
  if (root === undefined) {
    void vscode.window.showErrorMessage(`Strata: no strata.yaml above ${place}; open a file of a Strata project to run "strata ${command}".`);
    return;
  }
  const cli = vscode.workspace.getConfiguration('strata').get<string>('cliPath') || 'strata';
  const run = build(cli, root);
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(root)) ?? vscode.TaskScope.Workspace;
  const task = new vscode.Task({ type: 'strata', command, args: run.args }, folder, run.name, 'strata', new vscode.ShellExecution(run.command, run.args, { cwd: run.cwd }));
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, clear: true };
  await vscode.tasks.executeTask(task);
}

/** The file of the active editor, when it is on disk. */
export function activeFile(): string | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri?.scheme === 'file' ? uri.fsPath : undefined;
}

/** The path of a file URI passed to a command (a code lens sends it as a string). */
export function fileOf(target: vscode.Uri | string): string | undefined {
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
  return uri.scheme === 'file' ? uri.fsPath : undefined;
}

/** The project of a file: the nearest folder above it holding strata.yaml. */
export function projectOfFile(file: string): string | undefined {
  return projectRootOf(path.dirname(file));
}

/** The project of the first workspace folder that is in one. */
export function workspaceProject(): string | undefined {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const root = folder.uri.scheme === 'file' ? projectRootOf(folder.uri.fsPath) : undefined;
    if (root !== undefined) return root;
  }
  return undefined;
}
