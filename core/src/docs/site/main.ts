import type { Overview, TableDoc, JobDoc, LayerTables } from '../model';
import { h, link, none } from './dom';
import { load } from './load';
import { dagHref, parseRoute, type Route } from './routes';
import { searchBox } from './search';
import { columnPage } from './views/column';
import { dagPage } from './views/dag';
import { jobPage } from './views/job';
import { layerPage } from './views/layer';
import { overviewPage } from './views/overview';
import { tablePage } from './views/table';

/** The page for a route; anything that cannot be shown says why (never a blank page). */
async function render(route: Route): Promise<HTMLElement> {
  switch (route.page) {
    case 'overview':
      return overviewPage(await load<Overview>('overview'));
    case 'table': {
      const t = await load<TableDoc>(`t/${route.slug}`);
      if (route.column === undefined) return tablePage(t);
      const c = t.columns.find((col) => col.name.toLowerCase() === route.column);
      return c ? columnPage(t, c) : missing(`table ${t.name} has no column ${route.column}`);
    }
    case 'job':
      return jobPage(await load<JobDoc>(`j/${route.slug}`));
    case 'layer':
      return layerPage(route.slug, await load<LayerTables>(`l/${route.slug}`));
    case 'dag':
      return dagPage(route.selector);
  }
}

function missing(what: string): HTMLElement {
  return h('article', {}, h('h1', {}, 'Not found'), h('p', {}, none(what)), h('p', {}, link('#/', 'back to the overview')));
}

let current = 0;

async function show(main: HTMLElement): Promise<void> {
  const mine = ++current;
  const page = await render(parseRoute(location.hash)).catch((e: Error) => missing(e.message));
  if (mine !== current) return;
  main.replaceChildren(page);
  document.title = `${page.querySelector('h1')?.textContent ?? 'strata docs'} · strata docs`;
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function start(): void {
  const main = h('main', { id: 'main', tabindex: '-1' });
  const nav = h('nav', {}, link('#/', 'Overview'), ' ', link(dagHref(''), 'DAG'));
  document.body.append(h('header', { class: 'top' }, h('a', { href: '#/', class: 'brand' }, 'strata docs'), searchBox(), nav), main);
  window.addEventListener('hashchange', () => void show(main));
  void show(main);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
