import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { declaredDialect } from '@strata/core';
import { syntaxDiagnostics } from './features/diagnostics';

/** Wires the LSP connection to the features; stdout carries the protocol, logs go to the connection. */
export function start(): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);

  connection.onInitialize(() => ({
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    serverInfo: { name: 'strata-language-server' },
  }));

  documents.onDidChangeContent(({ document }) => {
    try {
      const text = document.getText();
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: syntaxDiagnostics(text, declaredDialect(text, 'spark')) });
    } catch (e) {
      connection.console.error(`diagnostics failed for ${document.uri}: ${(e as Error).message}`);
    }
  });
  documents.onDidClose(({ document }) => void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));

  documents.listen(connection);
  connection.listen();
}
