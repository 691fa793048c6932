import type { ColumnDoc, ColumnLink, TableDoc } from '../../model';
import { h, link, none } from '../dom';
import { drawGraph } from '../graph-svg';
import { neighbourhood, prefetch } from '../lineage';
import { columnHref, jobHref, splitColumn, tableHref } from '../routes';
import { section } from './common';
import { tableHeader } from './table';

const DEPTHS = [1, 2, 3, 4, 6];

/** A column: type, comment, its lineage graph (depth control, wide fan-in collapsed) and every edge. */
export function columnPage(t: TableDoc, c: ColumnDoc): HTMLElement {
  const root = `${t.name}.${c.name.toLowerCase()}`;
  const holder = h('div', { class: 'graph-holder', id: 'lineage-graph' });
  const depth = h('select', { id: 'depth', 'aria-label': 'lineage depth' }, ...DEPTHS.map((d) => h('option', { value: String(d) }, `${d} hop${d > 1 ? 's' : ''}`)));
  depth.value = '2';
  const expanded = new Set<string>();
  const draw = async () => {
    const started = performance.now();
    const n = await neighbourhood(root, Number(depth.value), expanded, (key) => {
      expanded.add(key);
      void draw();
    });
    const loaded = performance.now();
    holder.replaceChildren(drawGraph(n.nodes, n.edges, `column lineage of ${root}`));
    // Read by the bench: the whole draw, and the layout and SVG part of it.
    holder.dataset.nodes = String(n.nodes.length);
    holder.dataset.depth = depth.value;
    holder.dataset.ms = String(Math.round(performance.now() - started));
    holder.dataset.layoutMs = String(Math.round(performance.now() - loaded));
    // Opening a "+N more" box then only lays out: its tables are loading already.
    prefetch(n.hidden);
  };
  depth.addEventListener('change', () => void draw());
  void draw();
  return h('article', { class: 'column' },
    tableHeader(t),
    h('h2', {}, 'Column ', h('code', {}, c.name)),
    h('p', {}, link(tableHref(t.name), `back to ${t.name}`)),
    h('dl', { class: 'facts' }, h('dt', {}, 'type'), h('dd', {}, c.type ?? none('unknown')), h('dt', {}, 'comment'), h('dd', {}, c.comment ?? none('no comment'))),
    section('Lineage', h('label', {}, 'depth ', depth), holder),
    section('Upstream (direct sources)', edgeList(c.upstream, 'no upstream: a source column, or no job writes it')),
    section('Downstream (direct consumers)', edgeList(c.downstream, 'nothing reads it')));
}

function edgeList(links: ColumnLink[], empty: string): HTMLElement {
  if (links.length === 0) return h('p', {}, none(empty));
  return h('ul', { class: 'edges' }, ...links.map((l) => {
    const { table, column } = splitColumn(l.column);
    const target = table === '?' ? h('span', { class: 'unknown' }, `?.${column} (the SQL does not say which table)`) :
      h('span', {}, link(columnHref(table, column), l.column), ' in ', link(tableHref(table), table));
    return h('li', {}, target, ` ${l.kind} via `, link(jobHref(l.job), l.job), ' ', h('code', {}, `${l.file}:${l.line}`));
  }));
}
