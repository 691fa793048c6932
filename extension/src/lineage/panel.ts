import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LineageGraph } from '@strata/language-server/dist/src/protocol';
import { lineageHtml } from './html';
import { lineageTitle, locationOf } from './navigation';

/**
 * The lineage view: one webview panel, reused for each graph shown. Scripts run with a fresh
 * nonce per render and no local resources; the page's clicks come back as messages and open
 * the column's table file or the edge's job line.
 */
export class LineagePanel {
  private static current: LineagePanel | undefined;
  private graph: LineageGraph = { roots: [], nodes: [], edges: [] };

  private constructor(private readonly panel: vscode.WebviewPanel) {
    panel.onDidDispose(() => (LineagePanel.current = undefined));
    panel.webview.onDidReceiveMessage((message: unknown) => void this.open(message));
  }

  /** Shows `graph`, in the open panel if there is one. */
  static show(graph: LineageGraph): void {
    if (!LineagePanel.current) {
      const panel = vscode.window.createWebviewPanel('strata.lineage', lineageTitle(graph), vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [] });
      LineagePanel.current = new LineagePanel(panel);
    }
    LineagePanel.current.render(graph);
  }

  private render(graph: LineageGraph): void {
    this.graph = graph;
    const title = lineageTitle(graph);
    this.panel.title = title;
    this.panel.webview.html = lineageHtml(graph, { nonce: randomBytes(16).toString('base64'), cspSource: this.panel.webview.cspSource, title });
    this.panel.reveal(undefined, true);
  }

  private async open(message: unknown): Promise<void> {
    const location = locationOf(this.graph, message);
    if (!location) {
      void vscode.window.showInformationMessage('Strata: this column has no file in the project (a source the project does not declare).');
      return;
    }
    const position = new vscode.Position(location.line, 0);
    await vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
  }
}
