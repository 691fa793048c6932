import assert from 'node:assert/strict';
import { completion, COMPLETION_LIMIT } from '../../src/features/completion';
import { manyTables, snapshotOf } from './snapshot-of';

function labels(marked: string, tables = 3) {
  const { doc, position } = snapshotOf(marked, manyTables(tables));
  return completion(doc, position);
}

describe('completion', () => {
  it('ranks columns in scope, then relations, tables, databases, functions, keywords', () => {
    const list = labels('SELECT | FROM db.t001 x');
    const kinds = list.items.map((i) => i.label);
    assert.deepEqual(kinds.slice(0, 7), ['id', 'name', 'x', 'db.t000', 'db.t001', 'db.t002', 'db']);
    assert.ok(kinds.indexOf('count') < kinds.indexOf('SELECT'));
    assert.deepEqual(list.items.map((i) => i.sortText), [...list.items.keys()].map((i) => String(i).padStart(4, '0')));
  });

  it('caps the list and marks it incomplete', () => {
    const capped = labels('SELECT * FROM t|', 300);
    assert.equal(capped.items.length, COMPLETION_LIMIT);
    assert.equal(capped.isIncomplete, true);
    const narrowed = labels('SELECT * FROM t29|', 300);
    assert.deepEqual(narrowed.items.map((i) => i.label), ['db.t290', 'db.t291', 'db.t292', 'db.t293', 'db.t294', 'db.t295', 'db.t296', 'db.t297', 'db.t298', 'db.t299']);
    assert.equal(narrowed.isIncomplete, false);
  });

  it('offers the select list of a subquery after its alias', () => {
    const list = labels('SELECT s.| FROM (SELECT id AS k, upper(name) AS n FROM db.t000) s');
    assert.deepEqual(list.items.map((i) => i.label), ['k', 'n']);
  });

  it('offers CTE columns and LATERAL VIEW columns in an empty select list', () => {
    const list = labels('WITH c AS (SELECT id AS cid FROM db.t000) SELECT | FROM c LATERAL VIEW explode(array(1)) v AS item');
    assert.deepEqual(list.items.slice(0, 5).map((i) => `${i.label} ${i.detail}`), ['cid BIGINT · c', 'item v', 'c CTE', 'v v', 'db.t000 table']);
  });

  it('offers the columns of `alias.` inside unfinished expressions', () => {
    for (const marked of ['SELECT CASE WHEN x.| FROM db.t000 x', 'SELECT coalesce(x.|, 0) FROM db.t000 x', 'SELECT 1 FROM db.t000 x WHERE x.| AND x.id = 1', 'SELECT 1 FROM db.t000 x GROUP BY x.|']) {
      assert.deepEqual(labels(marked).items.map((i) => i.label), ['id', 'name'], marked);
    }
  });

  it('offers nothing after an unknown qualifier', () => {
    assert.deepEqual(labels('SELECT nope.| FROM db.t000').items, []);
  });
});
