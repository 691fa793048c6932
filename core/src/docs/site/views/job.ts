import type { JobDoc } from '../../model';
import { h, none } from '../dom';
import { sqlBlock } from '../sql';
import { facts, problemsBox, section, tableLinks } from './common';

/** A job: what it is, when it runs, what it reads and writes, its variables and SQL. */
export function jobPage(j: JobDoc): HTMLElement {
  return h('article', { class: 'job' },
    h('h1', {}, h('span', { class: 'kind' }, 'job'), ' ', j.name),
    problemsBox(j.problems),
    facts([['file', j.file], ['type', j.type], ['dialect', j.dialect], ['schedule', j.schedule, j.type === 'streaming' ? 'always on' : 'not set'],
      ['owner', j.owner, 'no owner'], ['description', j.description, 'no description']]),
    section('Reads', tableLinks(j.reads, 'reads no table')),
    section('Writes', tableLinks(j.writes, 'writes no table')),
    section('Variables', j.variables.length === 0 ? h('p', {}, none('uses no variable')) :
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'name'), h('th', {}, 'default'), h('th', {}, 'description'))),
        h('tbody', {}, ...j.variables.map((v) => h('tr', {}, h('td', {}, h('code', {}, `\${${v.name}}`)), h('td', {}, v.default ?? none('set by the scheduler or --var')), h('td', {}, v.description ?? '')))))),
    section('SQL', sqlBlock(j.sql)));
}
