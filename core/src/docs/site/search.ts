import type { SearchIndex } from '../model';
import { h, none } from './dom';
import { load } from './load';
import { columnHref, jobHref, tableHref } from './routes';

/** One search hit: where it leads and what it shows. */
export interface Hit {
  href: string;
  kind: 'table' | 'column' | 'job';
  name: string;
  detail: string;
  score: number;
}

const MAX_HITS = 50;

/** The index with lower-cased text prepared once, so a keystroke only scans. */
interface Prepared {
  index: SearchIndex;
  tableNames: string[];
  tableText: string[];
  columnNames: string[];
  columnText: string[];
  jobNames: string[];
  jobText: string[];
}

let prepared: Promise<Prepared> | undefined;

function prepare(): Promise<Prepared> {
  prepared ??= load<SearchIndex>('search').then((index) => ({
    index,
    tableNames: index.tables.map((t) => t[0].toLowerCase()),
    tableText: index.tables.map((t) => t[1].toLowerCase()),
    columnNames: index.columns.map((c) => c[1].toLowerCase()),
    columnText: index.columns.map((c) => `${index.tables[c[0]][0]} ${c[2]} ${c[3]}`.toLowerCase()),
    jobNames: index.jobs.map((j) => j[0].toLowerCase()),
    jobText: index.jobs.map((j) => j[1].toLowerCase()),
  }));
  return prepared;
}

/** How well `name` (and other `text`) match every term; 0 when a term matches neither. */
function score(terms: string[], name: string, text: string): number {
  let total = 0;
  for (const term of terms) {
    if (name === term) total += 100;
    else if (name.startsWith(term)) total += 50;
    else if (name.includes(`_${term}`) || name.includes(`.${term}`)) total += 30;
    else if (name.includes(term)) total += 20;
    else if (text.includes(term)) total += 5;
    else return 0;
  }
  return total;
}

/** What matched the last query: a query extending it can only match a subset of these. */
interface Matched {
  query: string;
  tables: number[];
  columns: number[];
  jobs: number[];
}

let last: Matched | undefined;

/** Calls `fn` for each candidate (all of `0..count-1` without a list); keeps the indexes it accepts. */
function scan(candidates: number[] | undefined, count: number, fn: (i: number) => boolean): number[] {
  const kept: number[] = [];
  if (candidates) {
    for (const i of candidates) if (fn(i)) kept.push(i);
  } else {
    for (let i = 0; i < count; i++) if (fn(i)) kept.push(i);
  }
  return kept;
}

/**
 * The best hits for `query`: tables, columns and jobs by name and comment, best first. Only the
 * best {@link MAX_HITS} are kept while scanning (a one-letter term matches most of 100,000 columns),
 * and a query that extends the previous one (typing on) scans only what that one matched.
 */
export async function search(query: string): Promise<Hit[]> {
  const q = query.toLowerCase();
  const terms = q.split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const p = await prepare();
  const from = last && q.startsWith(last.query) ? last : undefined;
  const best = new TopHits(MAX_HITS);
  const { tables, columns, jobs } = p.index;
  const matched: Matched = { query: q, tables: [], columns: [], jobs: [] };
  matched.tables = scan(from?.tables, tables.length, (i) => {
    const sc = score(terms, p.tableNames[i], p.tableText[i]);
    if (sc > 0) best.offer(sc + 2, tables[i][0].length, () => ({ href: tableHref(tables[i][0]), kind: 'table', name: tables[i][0], detail: tables[i][1] }));
    return sc > 0;
  });
  matched.columns = scan(from?.columns, columns.length, (i) => {
    const sc = score(terms, p.columnNames[i], p.columnText[i]);
    if (sc === 0) return false;
    const [t, name, type, comment] = columns[i];
    const table = tables[t][0];
    best.offer(sc, table.length + name.length + 1, () => ({ href: columnHref(table, name), kind: 'column', name: `${table}.${name}`, detail: [type, comment].filter(Boolean).join(' · ') }));
    return true;
  });
  matched.jobs = scan(from?.jobs, jobs.length, (i) => {
    const sc = score(terms, p.jobNames[i], p.jobText[i]);
    if (sc > 0) best.offer(sc + 1, jobs[i][0].length, () => ({ href: jobHref(jobs[i][0]), kind: 'job', name: jobs[i][0], detail: jobs[i][1] }));
    return sc > 0;
  });
  last = matched;
  return best.sorted();
}

/** The best `size` hits seen: higher score first, then shorter name, then name. */
class TopHits {
  private readonly hits: (Hit & { length: number })[] = [];

  constructor(private readonly size: number) {}

  offer(score: number, length: number, make: () => Omit<Hit, 'score'>): void {
    const worst = this.hits[this.hits.length - 1];
    if (this.hits.length >= this.size && (score < worst.score || (score === worst.score && length >= worst.length))) return;
    const hit = { ...make(), score, length };
    let at = this.hits.length;
    while (at > 0 && before(hit, this.hits[at - 1])) at--;
    this.hits.splice(at, 0, hit);
    if (this.hits.length > this.size) this.hits.pop();
  }

  sorted(): Hit[] {
    return this.hits.map((h) => ({ href: h.href, kind: h.kind, name: h.name, detail: h.detail, score: h.score }));
  }
}

function before(a: Hit & { length: number }, b: Hit & { length: number }): boolean {
  return a.score > b.score || (a.score === b.score && (a.length < b.length || (a.length === b.length && a.name < b.name)));
}

/**
 * The search box: results as you type, as a list of links (Tab or the arrow keys move through
 * them, Enter opens one); `/` anywhere focuses the box, Escape closes the results.
 */
export function searchBox(): HTMLElement {
  const input = h('input', { type: 'search', id: 'search', placeholder: 'Search tables, columns, jobs  ( / )', 'aria-label': 'Search tables, columns and jobs', autocomplete: 'off' });
  const results = h('ol', { id: 'search-results', class: 'results', 'aria-live': 'polite', hidden: '' });
  let seq = 0;
  input.addEventListener('focus', () => void prepare().catch(() => undefined));
  input.addEventListener('input', async () => {
    const mine = ++seq;
    const hits = await search(input.value).catch(() => null);
    if (mine === seq) showHits(results, input.value, hits);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      (results.querySelector('a') as HTMLElement | null)?.focus();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      (results.querySelector('a') as HTMLAnchorElement | null)?.click();
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

function showHits(results: HTMLElement, query: string, hits: Hit[] | null): void {
  results.replaceChildren();
  results.hidden = query.trim() === '';
  if (hits === null) results.append(h('li', {}, none('the search index is missing from this build')));
  else if (hits.length === 0) results.append(h('li', {}, none(`nothing matches “${query}”`)));
  for (const hit of hits ?? []) {
    results.append(h('li', {}, h('a', { href: hit.href, class: `hit hit-${hit.kind}` }, h('span', { class: 'kind' }, hit.kind), ' ', h('span', { class: 'name' }, hit.name), ' ', h('span', { class: 'detail' }, hit.detail))));
  }
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
