import type { Overview } from '../../model';
import { h, link, none } from '../dom';
import { drawGraph } from '../graph-svg';
import { dagHref, layerHref } from '../routes';
import { facts, section } from './common';

/** The overview: counts, layers, the layer-level DAG, owners and broken files. */
export function overviewPage(o: Overview): HTMLElement {
  const layerNodes = o.layers.map((l) => ({ id: l.name, label: l.name, sub: `${l.tables} tables · ${l.jobs} jobs`, href: layerHref(l.name), cls: 'layer' }));
  const known = new Set(o.layers.map((l) => l.name));
  const edges = o.layerEdges.filter((e) => e.from !== e.to && known.has(e.from) && known.has(e.to)).map((e) => ({ from: e.from, to: e.to, title: `${e.jobs} jobs` }));
  return h('article', { class: 'overview' },
    h('h1', {}, o.project),
    facts([['tables', String(o.tables)], ['jobs', String(o.jobs)], ['columns', String(o.columns)],
      ['without owner', String(o.undocumented.owner)], ['without comment', String(o.undocumented.comment)]]),
    section('Layers', drawGraph(layerNodes, edges, 'layer-level DAG'),
      h('ul', { class: 'links' }, ...o.layers.map((l) => h('li', {}, link(layerHref(l.name), l.name), ` ${l.tables} tables, ${l.jobs} jobs`)))),
    section('Owners', o.owners.length === 0 ? h('p', {}, none('no table declares an owner')) :
      h('ul', { class: 'links' }, ...o.owners.slice(0, 50).map((w) => h('li', {}, link(dagHref(`owner:${w.name}`), w.name), ` ${w.tables} tables`)))),
    section('Broken files', o.broken.length === 0 ? h('p', {}, none('none')) :
      h('ul', { class: 'problems' }, ...o.broken.map((p) => h('li', {}, h('code', {}, `${p.file}:${p.line}`), ' ', p.message)))),
  );
}
