import assert from 'node:assert/strict';
import { Catalog } from '@strata/core';
import { references } from '../../src/features/references';
import { snapshotOf } from './snapshot-of';

function catalog(): Catalog {
  const c = new Catalog();
  const table = (name: string, columns: string[]) => c.add({ name, columns: columns.map((n) => ({ name: n, type: 'BIGINT', partition: false })), temporary: false, kind: 'table', options: {} });
  table('db.src', ['id', 'nm', 'other']);
  table('db.dst', ['id', 'name']);
  return c;
}

/** `line:character-character text` of each reference at the caret of `marked`. */
function refs(marked: string, includeDeclaration = true): string[] {
  const { doc, position } = snapshotOf(marked, catalog());
  return references(doc, position, includeDeclaration).map((l) => `${l.range.start.line}:${l.range.start.character}-${l.range.end.character} ${doc.text.split('\n')[l.range.start.line].slice(l.range.start.character, l.range.end.character)}`);
}

const SCRIPT = [
  'CREATE TABLE db.dst (id BIGINT, name STRING);',
  'INSERT INTO db.dst (name, id) SELECT s.nm, s.id FROM db.src s WHERE s.other > 0;',
  'INSERT INTO db.dst SELECT id, upper(nm) AS name FROM db.src;',
  'WITH c AS (SELECT nm AS label FROM db.src) SELECT c.label, CAST(c.label AS INT) FROM c;',
].join('\n');

describe('column references', () => {
  const cases: [string, string, boolean, string[]][] = [
    ['a read, through a CTE renaming it', 'SELECT s.n|m', true, ['1:39-41 nm', '2:36-38 nm', '3:18-20 nm', '3:52-57 label', '3:66-71 label']],
    ['an INSERT target column: the column list and the positional select item', 'INSERT INTO db.dst (na|me', true, ['0:32-36 name', '1:20-24 name', '2:43-47 name']],
    ['a select item alias written by a positional INSERT', 'upper(nm) AS na|me', false, ['1:20-24 name', '2:43-47 name']],
    ['a DDL column, without its declaration', 'CREATE TABLE db.dst (i|d', false, ['1:26-28 id', '2:26-28 id']],
  ];
  for (const [name, marker, declaration, expected] of cases) {
    it(name, () => {
      const plain = marker.replace('|', '');
      const at = SCRIPT.indexOf(plain) + marker.indexOf('|');
      assert.ok(SCRIPT.includes(plain), `fixture lost '${plain}'`);
      assert.deepEqual(refs(`${SCRIPT.slice(0, at)}|${SCRIPT.slice(at)}`, declaration), expected);
    });
  }

  it('leaves a qualifier to the alias references', () => {
    assert.deepEqual(refs(SCRIPT.replace('SELECT s.nm', 'SELECT |s.nm')), ['1:37-38 s', '1:43-44 s', '1:60-61 s', '1:68-69 s']);
  });
});
