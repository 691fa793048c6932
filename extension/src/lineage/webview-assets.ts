/** The lineage page's style: VS Code theme colours, edge kinds told apart by dash pattern as well as colour. */
export const WEBVIEW_STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); }
h1 { font-size: 1.1em; font-weight: 600; }
.legend, .empty { color: var(--vscode-descriptionForeground); }
.legend span { margin-right: 0.8em; }
svg { display: block; font-family: var(--vscode-editor-font-family); font-size: 12px; }
.table-box { fill: var(--vscode-editorWidget-background); stroke: var(--vscode-editorWidget-border, var(--vscode-panel-border)); }
.table-name { fill: var(--vscode-foreground); font-weight: 600; }
.node rect { fill: transparent; stroke: var(--vscode-panel-border); cursor: pointer; }
.node text { fill: var(--vscode-foreground); pointer-events: none; }
.node:hover rect, .node:focus rect { fill: var(--vscode-list-hoverBackground); }
.node:focus { outline: none; }
.node:focus rect { stroke: var(--vscode-focusBorder); }
.node.root rect { fill: var(--vscode-list-activeSelectionBackground); }
.node.root text { fill: var(--vscode-list-activeSelectionForeground); font-weight: 600; }
.edge path { fill: none; stroke-width: 1.5; cursor: pointer; }
.edge:hover path, .edge:focus path { stroke-width: 3; }
.edge:focus { outline: none; }
.kind-direct path { stroke: var(--vscode-charts-blue); }
.kind-expression path { stroke: var(--vscode-charts-green); stroke-dasharray: 6 3; }
.kind-aggregate path { stroke: var(--vscode-charts-orange); stroke-dasharray: 2 3; }
.arrow.kind-direct path { fill: var(--vscode-charts-blue); }
.arrow.kind-expression path { fill: var(--vscode-charts-green); }
.arrow.kind-aggregate path { fill: var(--vscode-charts-orange); }
.legend .kind-direct { color: var(--vscode-charts-blue); }
.legend .kind-expression { color: var(--vscode-charts-green); }
.legend .kind-aggregate { color: var(--vscode-charts-orange); }
`;

/**
 * The lineage page's script: a click (or Enter/Space) on a column row or an edge posts
 * `{type: 'open', node}` or `{type: 'open', edge}` to the extension, which opens the place.
 */
export const WEBVIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
function target(event) {
  const element = event.target instanceof Element ? event.target.closest('.node, .edge') : null;
  if (!element) return undefined;
  if (element.classList.contains('node')) return { type: 'open', node: element.getAttribute('data-node') };
  return { type: 'open', edge: Number(element.getAttribute('data-edge')) };
}
document.addEventListener('click', (event) => {
  const message = target(event);
  if (message) vscode.postMessage(message);
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const message = target(event);
  if (!message) return;
  event.preventDefault();
  vscode.postMessage(message);
});
`;
