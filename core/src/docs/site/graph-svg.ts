import { Graph, layout } from '@dagrejs/dagre';
import { s } from './dom';

/** A box of a drawn graph. */
export interface DrawNode {
  id: string;
  label: string;
  /** A second, smaller line (the table of a column, a count). */
  sub?: string;
  /** Where the node leads; nodes without one are plain boxes. */
  href?: string;
  /** CSS class: `root`, `more`, `unknown`, a layer name, ... */
  cls?: string;
  /** Run instead of following `href` (the "+N more" boxes expand in place). */
  activate?: () => void;
}

export interface DrawEdge {
  from: string;
  to: string;
  /** Tooltip: the job and file:line that make the edge, or a count. */
  title?: string;
}

const CHAR = 7;
const PAD = 20;

/**
 * Up to this many nodes dagre also sweeps the ranks to cut edge crossings; a bigger graph keeps
 * the first order (depth-first from the sources, already tidy for lineage fanning into one column),
 * as the sweeps cost most of its layout time (measured in README.md).
 */
const SWEEP_LIMIT = 40;

/**
 * Lays the graph out left to right with dagre and draws it as SVG, inserted in one piece by the caller. Nodes are links (focusable,
 * Enter follows them); every label is a text node.
 */
export function drawGraph(nodes: DrawNode[], edges: DrawEdge[], label: string): SVGElement {
  const g = new Graph({ multigraph: true });
  // Longest-path ranking: a fraction of network simplex's time, and lineage has no ranks to balance.
  g.setGraph({ rankdir: 'LR', nodesep: 12, ranksep: 60, marginx: 8, marginy: 8, ranker: 'longest-path' });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: Math.max(n.label.length, n.sub?.length ?? 0) * CHAR + PAD, height: n.sub ? 38 : 26 });
  edges.forEach((e, i) => g.setEdge(e.from, e.to, {}, String(i)));
  layout(g, { disableOptimalOrderHeuristic: nodes.length > SWEEP_LIMIT });
  const size = g.graph();
  const svg = s('svg', { class: 'graph', role: 'img', 'aria-label': label, width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0) });
  svg.append(s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto' }, s('path', { d: 'M0,0 L8,4 L0,8 z' }))));
  edges.forEach((e, i) => {
    const points: { x: number; y: number }[] = g.edge(e.from, e.to, String(i))?.points ?? [];
    const d = points.map((p, k) => `${k === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    svg.append(s('path', { class: 'edge', d, 'marker-end': 'url(#arrow)' }, e.title ? s('title', {}, e.title) : null));
  });
  for (const n of nodes) svg.append(nodeBox(n, g.node(n.id) as unknown as { x: number; y: number; width: number; height: number }));
  return svg;
}

function nodeBox(n: DrawNode, at: { x: number; y: number; width: number; height: number }): SVGElement {
  const x = at.x - at.width / 2;
  const y = at.y - at.height / 2;
  const box = s('g', { class: `node ${n.cls ?? ''}`.trim(), 'data-id': n.id },
    s('rect', { x, y, width: at.width, height: at.height, rx: 4 }),
    s('text', { x: x + PAD / 2, y: y + 17 }, n.label),
    n.sub ? s('text', { x: x + PAD / 2, y: y + 31, class: 'sub' }, n.sub) : null);
  if (!n.href && !n.activate) return box;
  const a = s('a', { href: n.href ?? '#', 'aria-label': n.sub ? `${n.label} (${n.sub})` : n.label }, box);
  if (n.activate) {
    const run = n.activate;
    a.setAttribute('role', 'button');
    a.addEventListener('click', (e) => {
      e.preventDefault();
      run();
    });
  }
  return a;
}
