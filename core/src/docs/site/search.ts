import type { SearchDoc } from '../model';
import { SearchEngine, type SearchHit } from '../search-query';
import { h, none } from './dom';
import { load } from './load';
import { columnHref, jobHref, splitColumn, tableHref } from './routes';

const engine = new SearchEngine(load);

const KINDS = { t: 'table', c: 'column', j: 'job' } as const;

function href([kind, name]: SearchDoc): string {
  if (kind === 'c') {
    const { table, column } = splitColumn(name);
    return columnHref(table, column);
  }
  return kind === 't' ? tableHref(name) : jobHref(name);
}

/**
 * The search box: results as you type, as a list of links (Tab or the arrow keys move through
 * them, Enter opens one); `/` anywhere focuses the box, Escape closes the results.
 */
export function searchBox(): HTMLElement {
  const input = h('input', { type: 'search', id: 'search', placeholder: 'Search tables, columns, jobs  ( / )', 'aria-label': 'Search tables, columns and jobs', autocomplete: 'off' });
  const results = h('ol', { id: 'search-results', class: 'results', 'aria-live': 'polite', hidden: '' });
  let seq = 0;
  // Settles once the list shows what the box holds: the keys act on the hits of what was typed.
  let shown = Promise.resolve();
  // The meta file, so the first keystroke only loads its shard.
  input.addEventListener('focus', () => void load('search/meta').catch(() => undefined));
  input.addEventListener('input', () => {
    const mine = ++seq;
    const stale = () => mine !== seq;
    shown = engine.search(input.value, stale).catch(() => null).then((hits) => {
      if (hits !== undefined && !stale()) showHits(results, input.value, hits);
    });
    void shown.then(() => engine.prefetch(input.value)).catch(() => undefined);
  });
  const first = () => results.querySelector('a') as HTMLAnchorElement | null;
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      void shown.then(() => first()?.focus());
    } else if (e.key === 'Enter') {
      void shown.then(() => first()?.click());
    } else if (e.key === 'Escape') results.hidden = true;
  });
  results.addEventListener('keydown', (e) => moveInList(e, input));
  results.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) results.hidden = true;
  });
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  return h('div', { class: 'search', role: 'search' }, input, results);
}

/** Replaces the list in one DOM change, its (at most 50) rows built before they go in. */
function showHits(results: HTMLElement, query: string, hits: SearchHit[] | null): void {
  const rows = (hits ?? []).map(({ doc }) => {
    const kind = KINDS[doc[0]];
    return h('li', {}, h('a', { href: href(doc), class: `hit hit-${kind}` }, h('span', { class: 'kind' }, kind), ' ', h('span', { class: 'name' }, doc[1]), ' ', h('span', { class: 'detail' }, doc[2])));
  });
  if (hits === null) rows.push(h('li', {}, none('the search index is missing from this build')));
  else if (hits.length === 0) rows.push(h('li', {}, none(`nothing matches “${query}”`)));
  results.hidden = query.trim() === '';
  results.replaceChildren(...rows);
  // What the list answers (tests wait for it).
  results.dataset.query = query;
}

function moveInList(e: KeyboardEvent, input: HTMLInputElement): void {
  const links = [...(e.currentTarget as HTMLElement).querySelectorAll('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'ArrowDown' && at < links.length - 1) links[at + 1].focus();
  else if (e.key === 'ArrowUp') (at > 0 ? links[at - 1] : input).focus();
  else if (e.key === 'Escape') input.focus();
  else return;
  e.preventDefault();
}
