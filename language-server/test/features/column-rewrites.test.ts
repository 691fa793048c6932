import assert from 'node:assert/strict';
import { Catalog } from '@strata/core';
import type { CodeAction } from 'vscode-languageserver';
import { expandStar } from '../../src/features/expand-star';
import { qualifyColumn } from '../../src/features/qualify-column';
import { snapshotOf } from './snapshot-of';

function catalog(): Catalog {
  const c = new Catalog();
  const table = (name: string, columns: string[]) =>
    c.add({ name, columns: columns.map((n) => ({ name: n, type: 'BIGINT', partition: n === 'p_date' })), temporary: false, kind: 'table', options: {} });
  table('dwd.likes', ['room_id', 'like_cnt', 'p_date']);
  table('dim.room', ['room_id', 'title', 'p_date']);
  table('dim.odd', ['weird name']);
  return c;
}

/** `title → new text` of each action at the caret of `marked`. */
function rewrites(feature: typeof qualifyColumn, marked: string, only?: string[]): string[] {
  const { doc, position } = snapshotOf(marked, catalog());
  return feature(doc, { start: position, end: position }, only).map(shown);
}

function shown(a: CodeAction): string {
  const [edit] = a.edit!.changes!['untitled:test.sql'];
  return `${a.kind} ${a.title} → ${edit.range.start.character}-${edit.range.end.character} '${edit.newText}'${a.isPreferred ? ' (preferred)' : ''}`;
}

describe('qualify column', () => {
  const JOIN = 'FROM dwd.likes l JOIN dim.room r ON l.room_id = r.room_id';
  const cases: [string, string[]][] = [
    [`SELECT like_c|nt ${JOIN}`, ["quickfix Qualify 'like_cnt' as 'l.like_cnt' → 7-15 'l.like_cnt' (preferred)"]],
    [`SELECT |title ${JOIN}`, ["quickfix Qualify 'title' as 'r.title' → 7-12 'r.title' (preferred)"]],
    // Ambiguous: one fix per relation that has it.
    [`SELECT room_id| ${JOIN}`, ["quickfix Qualify 'room_id' as 'l.room_id' → 7-14 'l.room_id'", "quickfix Qualify 'room_id' as 'r.room_id' → 7-14 'r.room_id'"]],
    // A table without an alias goes by its bare name.
    ['SELECT |TITLE FROM dwd.likes JOIN dim.room ON likes.room_id = room.room_id', ["quickfix Qualify 'TITLE' as 'room.TITLE' → 7-12 'room.TITLE' (preferred)"]],
    // Inside a subquery, the relations of its own FROM.
    [`SELECT n FROM (SELECT count(like_|cnt) AS n ${JOIN}) s`, ["quickfix Qualify 'like_cnt' as 'l.like_cnt' → 28-36 'l.like_cnt' (preferred)"]],
    // Nothing for: one relation, a qualified column, a USING column, an unknown column, outside a column.
    ['SELECT like_c|nt FROM dwd.likes l', []],
    [`SELECT l.like_c|nt ${JOIN}`, []],
    ['SELECT room_i|d FROM dwd.likes l JOIN dim.room r USING (room_id)', []],
    [`SELECT nop|e ${JOIN}`, []],
    [`SELECT 1| ${JOIN}`, []],
  ];
  for (const [marked, expected] of cases) it(marked, () => assert.deepEqual(rewrites(qualifyColumn, marked), expected));

  it('is a quickfix: not offered when only refactorings are asked for', () => {
    assert.deepEqual(rewrites(qualifyColumn, `SELECT like_c|nt ${'FROM dwd.likes l JOIN dim.room r ON l.room_id = r.room_id'}`, ['refactor']), []);
  });
});

describe('expand *', () => {
  const cases: [string, string[]][] = [
    ['SELECT |* FROM dwd.likes', ["refactor.rewrite Expand '*' to 3 columns → 7-8 'room_id, like_cnt, p_date'"]],
    ['SELECT r.|* FROM dwd.likes l JOIN dim.room r ON l.room_id = r.room_id', ["refactor.rewrite Expand 'r.*' to 3 columns → 7-10 'r.room_id, r.title, r.p_date'"]],
    ['SELECT *| FROM dim.odd', ["refactor.rewrite Expand '*' to 1 column → 7-8 '`weird name`'"]],
    ['SELECT * FROM (SELECT |* FROM dim.room) s', ["refactor.rewrite Expand '*' to 3 columns → 22-23 'room_id, title, p_date'"]],
    // A join repeating a name, an unknown table, no star: nothing.
    ['SELECT |* FROM dwd.likes l JOIN dim.room r ON l.room_id = r.room_id', []],
    ['SELECT |* FROM nowhere.t', []],
    ['SELECT |a FROM dwd.likes', []],
  ];
  for (const [marked, expected] of cases) it(marked, () => assert.deepEqual(rewrites(expandStar, marked), expected));

  it('is offered for refactor and refactor.rewrite, not for quickfix only', () => {
    assert.equal(rewrites(expandStar, 'SELECT |* FROM dwd.likes', ['refactor']).length, 1);
    assert.equal(rewrites(expandStar, 'SELECT |* FROM dwd.likes', ['quickfix']).length, 0);
  });
});
