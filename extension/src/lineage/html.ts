import type { LineageEdge, LineageGraph } from '@strata/language-server/dist/src/protocol';
import { escapeHtml } from './escape';
import { layoutGraph, SIZES, type PlacedEdge, type PlacedTable } from './layout';
import { WEBVIEW_SCRIPT, WEBVIEW_STYLE } from './webview-assets';

/** Edge kinds, each with its own colour, dash pattern and arrowhead. */
const EDGE_KINDS: LineageEdge['kind'][] = ['direct', 'expression', 'aggregate'];

/** What the page needs from its host: a fresh nonce per render and the webview's CSP source. */
export interface PageOptions {
  nonce: string;
  cspSource: string;
  title: string;
}

/**
 * The lineage page: an SVG of table boxes with one row per column (`.node[data-node]`, clickable
 * and focusable) and curved edges styled by kind. The content security policy allows no network
 * and only the page's own nonce-tagged style and script.
 */
export function lineageHtml(graph: LineageGraph, options: PageOptions): string {
  const layout = layoutGraph(graph);
  const nonce = escapeHtml(options.nonce);
  const csp = `default-src 'none'; img-src ${options.cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const body = layout.tables.length === 0
    ? '<p class="empty">No column lineage here: put the caret on a column of a job or table.</p>'
    : [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="${escapeHtml(options.title)}">`,
      `<defs>${EDGE_KINDS.map((kind) => `<marker id="arrow-${kind}" class="arrow kind-${kind}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z"/></marker>`).join('')}</defs>`,
      ...layout.edges.map(edgeSvg),
      ...layout.tables.map(tableSvg),
      '</svg>',
    ].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(options.title)}</title>
<style nonce="${nonce}">${WEBVIEW_STYLE}</style>
</head>
<body>
<h1>${escapeHtml(options.title)}</h1>
<p class="legend"><span class="kind-direct">direct</span> <span class="kind-expression">expression</span> <span class="kind-aggregate">aggregate</span> — click a column to open its table, an edge to open the job line</p>
${body}
<script nonce="${nonce}">${WEBVIEW_SCRIPT}</script>
</body>
</html>`;
}

function tableSvg(table: PlacedTable): string {
  const header = `<g class="table" data-table="${escapeHtml(table.name)}"><rect class="table-box" x="${table.x}" y="${table.y}" width="${table.width}" height="${table.height}" rx="4"/>`
    + `<text class="table-name" x="${table.x + 8}" y="${table.y + SIZES.header - 9}">${label(table.name, table.width)}</text></g>`;
  const rows = table.columns.map((c) => {
    const id = escapeHtml(c.id);
    return `<g class="node${c.root ? ' root' : ''}" data-node="${id}" tabindex="0" role="button" aria-label="${id}">`
      + `<title>${id}</title><rect x="${c.x}" y="${c.y}" width="${c.width}" height="${c.height}"/>`
      + `<text x="${c.x + 10}" y="${c.y + c.height - 7}">${label(c.column, c.width)}</text></g>`;
  });
  return [header, ...rows].join('\n');
}

function edgeSvg(placed: PlacedEdge): string {
  const { from, to, edge, index } = placed;
  // A backward edge (a cycle, or a table feeding itself) bends out to the right and back.
  const bend = Math.max(40, Math.abs(to.x - from.x) / 2);
  const d = `M ${from.x} ${from.y} C ${from.x + bend} ${from.y}, ${to.x - bend} ${to.y}, ${to.x} ${to.y}`;
  const tip = escapeHtml(`${edge.source} → ${edge.target} (${edge.kind}) by ${edge.job}, line ${edge.line + 1}`);
  const kind = EDGE_KINDS.includes(edge.kind) ? edge.kind : 'direct';
  return `<g class="edge kind-${kind}" data-edge="${index}" tabindex="0" role="button" aria-label="${tip}"><title>${tip}</title><path d="${d}" marker-end="url(#arrow-${kind})"/></g>`;
}

/** The name, cut with an ellipsis when it would overflow its box. */
function label(text: string, width: number): string {
  const fits = Math.floor((width - 16) / SIZES.charWidth);
  return escapeHtml(text.length <= fits ? text : `${text.slice(0, Math.max(1, fits - 1))}…`);
}
