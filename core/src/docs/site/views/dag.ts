import type { TableGraphData } from '../../model';
import { selectTables } from '../../selector';
import { h, none } from '../dom';
import { drawGraph } from '../graph-svg';
import { load } from '../load';
import { dagHref, tableHref } from '../routes';

/** Beyond this many tables a drawing helps nobody; the page says how many were selected. */
const MAX_DRAWN = 150;

/** The DAG of a dbt-style selection: `+table`, `table+`, `layer:dws`, `owner:x`. */
export async function dagPage(selector: string): Promise<HTMLElement> {
  const input = h('input', { id: 'selector', value: selector, 'aria-label': 'selector', placeholder: '+dws.dws_x  layer:dws  owner:team' });
  const form = h('form', { class: 'selector' }, input, h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = dagHref(input.value.trim());
  });
  const page = h('article', {}, h('h1', {}, 'DAG'), form,
    h('p', { class: 'note' }, 'name (db.table or table, * matches any text), +name (and its upstream), name+ (and its downstream), 2+name, layer:NAME, owner:NAME; spaces: union, commas: intersection'));
  if (selector.trim() === '') return page;
  const graph = await load<TableGraphData>('graph');
  const picked = selectTables(graph, selector);
  if ('error' in picked) {
    page.append(h('p', { class: 'problems', role: 'alert' }, picked.error));
    return page;
  }
  const shown = picked.tables.slice(0, MAX_DRAWN);
  const keep = new Set(shown);
  const layer = (i: number) => (graph.tables[i][1] >= 0 ? graph.layers[graph.tables[i][1]] : '');
  const nodes = shown.map((i) => ({ id: String(i), label: graph.tables[i][0], sub: layer(i) || undefined, href: tableHref(graph.tables[i][0]), cls: layer(i) }));
  const edges = graph.edges.filter(([a, b]) => keep.has(a) && keep.has(b)).map(([a, b]) => ({ from: String(a), to: String(b) }));
  page.append(h('p', {}, `${picked.tables.length} tables selected`, picked.tables.length > MAX_DRAWN ? `; the first ${MAX_DRAWN} drawn` : ''));
  page.append(shown.length === 0 ? h('p', {}, none('the selector picks no table')) : h('div', { class: 'graph-holder' }, drawGraph(nodes, edges, `DAG of ${selector}`)));
  return page;
}
