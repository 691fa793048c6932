import type { DocProblem, JobRef } from '../../model';
import { h, link, none, type Child } from '../dom';
import { jobHref, tableHref } from '../routes';

/** A definition list of label/value rows; a missing value says so. */
export function facts(rows: [label: string, value: Child, missing?: string][]): HTMLElement {
  const dl = h('dl', { class: 'facts' });
  for (const [label, value, missing] of rows) dl.append(h('dt', {}, label), h('dd', {}, value === undefined || value === '' ? none(missing ?? 'not set') : value));
  return dl;
}

/** Links to tables, or a "none" note. */
export function tableLinks(names: string[], empty: string): HTMLElement {
  if (names.length === 0) return h('p', {}, none(empty));
  return h('ul', { class: 'links' }, ...names.map((n) => h('li', {}, link(tableHref(n), n))));
}

export function jobLinks(jobs: JobRef[], empty: string): HTMLElement {
  if (jobs.length === 0) return h('p', {}, none(empty));
  return h('ul', { class: 'links' }, ...jobs.map((j) => h('li', {}, link(jobHref(j.name), j.name))));
}

/** The errors of a broken file: the page still shows what could be read. */
export function problemsBox(problems: DocProblem[]): HTMLElement | null {
  if (problems.length === 0) return null;
  return h('section', { class: 'problems', role: 'alert' },
    h('h2', {}, 'Broken file'),
    h('ul', {}, ...problems.map((p) => h('li', {}, h('code', {}, `${p.file}:${p.line}`), ' ', p.message))));
}

/** A section with a heading. */
export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...children);
}
