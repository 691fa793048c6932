import type { ColumnDoc, JobDoc, TableDoc } from '../../model';
import { h, link, none } from '../dom';
import { load } from '../load';
import { columnHref, jobHref } from '../routes';
import { sqlBlock } from '../sql';
import { facts, jobLinks, problemsBox, section, tableLinks } from './common';

/** The table's header: what it is, who owns it, how long it is kept. */
export function tableHeader(t: TableDoc): HTMLElement {
  return h('header', {},
    h('h1', {}, h('span', { class: 'kind' }, 'table'), ' ', t.name),
    problemsBox(t.problems),
    t.declared ? null : h('p', { class: 'note' }, 'Not declared in tables/: jobs use it, no file describes it.'),
    facts([['layer', t.layer], ['owner', t.owner, 'no owner'], ['comment', t.comment, 'no comment'], ['description', t.description, 'no description'],
      ['partitions', t.partitions.join(', '), 'not partitioned'], ['lifecycle', t.lifecycleDays === undefined ? undefined : `${t.lifecycleDays} days`],
      ['tags', t.tags.join(', '), 'none'], ['file', t.file, 'none']]));
}

/** A table: schema, checks, the jobs around it, upstream and downstream tables, the writer's SQL. */
export function tablePage(t: TableDoc): HTMLElement {
  const writerSql = h('div', { class: 'writer-sql' });
  if (t.writers.length > 0) void showWriterSql(writerSql, t.writers[0].name, t.writers[0].slug);
  return h('article', { class: 'table' },
    tableHeader(t),
    section('Columns', schema(t)),
    section('Quality checks', t.checks.length === 0 ? h('p', {}, none('no checks declared')) :
      h('ul', { class: 'checks' }, ...t.checks.map((c) => h('li', { class: `check ${c.status ?? 'unknown'}` }, h('code', {}, c.name), ' ',
        c.status ? `${c.status}${c.failing ? ` (${c.failing} failing rows)` : ''}${c.message ? `: ${c.message}` : ''}` : none('no result yet'))))),
    section('Written by', jobLinks(t.writers, 'no job writes it: a source table')),
    section('Read by', jobLinks(t.readers, 'no job reads it')),
    section('Upstream tables', tableLinks(t.upstream, 'none')),
    section('Downstream tables', tableLinks(t.downstream, 'none')),
    writerSql);
}

function schema(t: TableDoc): HTMLElement {
  if (t.columns.length === 0) return h('p', {}, none('no columns known'));
  const row = (c: ColumnDoc) => h('tr', {},
    h('td', {}, link(columnHref(t.name, c.name.toLowerCase()), c.name), c.partition ? h('span', { class: 'tag' }, 'partition') : null),
    h('td', {}, c.type ? h('code', {}, c.type) : none('unknown')),
    h('td', {}, c.comment ?? none('no comment')),
    h('td', { class: 'num' }, `${c.upstream.length} up · ${c.downstream.length} down`));
  return h('table', { class: 'schema' },
    h('thead', {}, h('tr', {}, h('th', {}, 'column'), h('th', {}, 'type'), h('th', {}, 'comment'), h('th', {}, 'lineage'))),
    h('tbody', {}, ...t.columns.map(row)));
}

async function showWriterSql(into: HTMLElement, name: string, slug: string): Promise<void> {
  const job = await load<JobDoc>(`j/${slug}`).catch(() => undefined);
  into.append(h('h2', {}, 'SQL of ', link(jobHref(name), name)), job ? sqlBlock(job.sql) : h('p', {}, none('this job is not in this build')));
}
