import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { LineageGraph, LineageParams } from '@strata/language-server/dist/src/protocol';
import { nameAt } from '../lineage/name-at';
import { LineagePanel } from '../lineage/panel';

/** `strata/lineage`, declared by the server (language-server/src/protocol.ts). */
const LINEAGE_METHOD = 'strata/lineage';

/** Strata: Show lineage — the column graph around the column (or table) at the caret, in the lineage view. */
export async function showLineage(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Strata: open a SQL file and put the caret on a column to show its lineage.');
    return;
  }
  const params: LineageParams = {
    uri: client.code2ProtocolConverter.asUri(editor.document.uri),
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    direction: 'both',
  };
  let graph = await client.sendRequest<LineageGraph>(LINEAGE_METHOD, params);
  // Not on a column: a table name at the caret stands for all its columns.
  const name = nameAt(editor.document.lineAt(editor.selection.active.line).text, editor.selection.active.character);
  if (graph.roots.length === 0 && name !== undefined) graph = await client.sendRequest<LineageGraph>(LINEAGE_METHOD, { uri: params.uri, node: name, direction: 'both' });
  if (graph.roots.length === 0) {
    void vscode.window.showInformationMessage('Strata: no column lineage at the caret; put it on a column of a job or a table (the project may still be indexing).');
    return;
  }
  LineagePanel.show(graph);
}
