import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions, type StaticFeature } from 'vscode-languageclient/node';

/** The languages the server serves: VS Code's `sql` and the `hql`/`flinksql` this extension adds. */
export const LANGUAGES = ['sql', 'hql', 'flinksql'];

/**
 * The language client: starts the bundled server (`dist/server.js`) with Node over stdio, for
 * SQL files on disk. The `strata` settings go to the server as `initializationOptions` and again
 * on every change; `strata.trace.server` is read by the client itself.
 */
export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.map((language) => ({ scheme: 'file', language })),
    initializationOptions: () => vscode.workspace.getConfiguration().get('strata'),
    synchronize: { configurationSection: 'strata' },
    outputChannelName: 'Strata',
  };
  const client = new LanguageClient('strata', 'Strata', serverOptions, clientOptions);
  client.registerFeature(STATUS_CAPABILITY);
  return client;
}

/** Asks the server for `strata/status` notifications (language-server/src/protocol.ts). */
const STATUS_CAPABILITY: StaticFeature = {
  fillClientCapabilities: (capabilities) => {
    capabilities.experimental = { ...(capabilities.experimental as object | undefined), strataStatus: true };
  },
  initialize: () => undefined,
  getState: () => ({ kind: 'static' }),
  clear: () => undefined,
};
