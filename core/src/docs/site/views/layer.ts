import type { LayerTables } from '../../model';
import { h, link, none } from '../dom';
import { dagHref, tableHref } from '../routes';

/** Every table of a layer with its comment. */
export function layerPage(name: string, tables: LayerTables): HTMLElement {
  return h('article', {},
    h('h1', {}, `Layer ${name}`),
    h('p', {}, link(dagHref(`layer:${name}`), 'show as a DAG')),
    h('ul', { class: 'links' }, ...tables.map(([t, comment]) => h('li', {}, link(tableHref(t), t), ' ', comment ? comment : none('no comment')))));
}
