import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { StatusParams } from '@strata/language-server/dist/src/protocol';
import { RUNNING, STARTING, statusView, type StatusView } from './status-text';

/**
 * The status-bar item: the server's indexing state from its `strata/status` notifications, or
 * that it stopped. Clicking it shows the Strata output channel.
 */
export function registerStatusBar(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('strata.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Strata';
  item.command = 'strata.showOutput';
  const show = (view: StatusView) => {
    item.text = view.text;
    item.tooltip = view.tooltip;
    item.show();
  };
  show(STARTING);
  context.subscriptions.push(
    item,
    vscode.commands.registerCommand('strata.showOutput', () => client.outputChannel.show(true)),
    client.onNotification('strata/status', (params: StatusParams) => show(statusView(params))),
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Stopped) show({ text: '$(error) Strata', tooltip: 'Strata: the language server stopped; run "Strata: Restart language server"' });
      if (newState === State.Starting) show(STARTING);
      if (newState === State.Running) show(RUNNING);
    }),
  );
}
