import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { dryRun } from './commands/dry-run';
import { runTests } from './commands/run-tests';
import { showLineage } from './commands/show-lineage';
import { registerStatusBar } from './status-bar';

let client: LanguageClient | undefined;

/** Starts the language server and registers the commands and the status-bar item. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = createClient(context);
  client = started;
  registerStatusBar(context, started);
  context.subscriptions.push(
    vscode.commands.registerCommand('strata.showLineage', () => showLineage(started)),
    vscode.commands.registerCommand('strata.dryRun', dryRun),
    vscode.commands.registerCommand('strata.runTests', runTests),
    vscode.commands.registerCommand('strata.restartServer', () => started.restart()),
  );
  await started.start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
