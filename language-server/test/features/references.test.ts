import assert from 'node:assert/strict';
import { references } from '../../src/features/references';
import { manyTables, snapshotOf } from './snapshot-of';

/** The referenced text of each location (all in the one document), in order. */
function referenced(marked: string, includeDeclaration = true): string[] {
  const { doc, position } = snapshotOf(marked, manyTables(2));
  return references(doc, position, includeDeclaration).map((l) => {
    assert.equal(l.uri, doc.uri);
    return `${l.range.start.character}:${doc.text.slice(doc.lines.offset(l.range.start), doc.lines.offset(l.range.end))}`;
  });
}

describe('references', () => {
  it('finds a CTE: its name, the FROM items naming it, and the qualifiers of unaliased ones', () => {
    const text = 'WITH c AS (SELECT id FROM db.t000) SELECT c.id FROM |c JOIN c AS d ON d.id = c.id';
    assert.deepEqual(referenced(text), ['5:c', '42:c', '52:c', '59:c', '76:c']);
    assert.deepEqual(referenced(text, false), ['42:c', '52:c', '59:c', '76:c']);
  });

  it('finds an alias within the SELECT declaring it, ORDER BY included, not a shadowing one', () => {
    const text = 'SELECT x.id, x.* FROM db.t000 AS |x WHERE x.id IN (SELECT x.id FROM db.t001 AS x) ORDER BY x.name';
    assert.deepEqual(referenced(text), ['7:x', '13:x', '33:x', '41:x', '90:x']);
  });

  it('finds a table by every name of it in the document, its declaration only when asked', () => {
    const text = 'CREATE TABLE db.t000 (id BIGINT);\nINSERT INTO db.t000 SELECT id FROM db.t0|00 t JOIN db.t001 u ON t.id = u.id';
    assert.deepEqual(referenced(text, false), ['12:db.t000', '35:db.t000']);
    assert.deepEqual(referenced(text), ['13:db.t000', '12:db.t000', '35:db.t000']);
  });

  it('finds nothing on a function name or a keyword', () => {
    assert.deepEqual(referenced('SELECT coun|t(*) FROM db.t000'), []);
    assert.deepEqual(referenced('SEL|ECT 1'), []);
  });
});
