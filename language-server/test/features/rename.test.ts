import assert from 'node:assert/strict';
import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { prepareRename, rename } from '../../src/features/rename';
import { manyTables, snapshotOf } from './snapshot-of';

/** The document after renaming the name at the caret to `newName`. */
function renamed(marked: string, newName: string): string {
  const { doc, position } = snapshotOf(marked, manyTables(2));
  const edit = rename(doc, position, newName) as WorkspaceEdit;
  const edits = [...edit.changes![doc.uri]].sort((a, b) => doc.lines.offset(b.range.start) - doc.lines.offset(a.range.start));
  return edits.reduce((text, e) => text.slice(0, doc.lines.offset(e.range.start)) + e.newText + text.slice(doc.lines.offset(e.range.end)), doc.text);
}

describe('rename', () => {
  it('renames a CTE and its uses in the query, from any of them', () => {
    const marked = 'WITH c AS (SELECT id FROM db.t000) SELECT c.id FROM c| JOIN c AS d ON d.id = c.id';
    assert.equal(renamed(marked, 'base'), 'WITH base AS (SELECT id FROM db.t000) SELECT base.id FROM base JOIN base AS d ON d.id = base.id');
    assert.equal(renamed('WITH |c AS (SELECT 1 AS id) SELECT * FROM c', 'one'), 'WITH one AS (SELECT 1 AS id) SELECT * FROM one');
  });

  it('renames an alias within its SELECT only', () => {
    const marked = 'SELECT |x.id FROM db.t000 x WHERE x.id IN (SELECT x.id FROM db.t001 x) ORDER BY x.name';
    assert.equal(renamed(marked, 'a'), 'SELECT a.id FROM db.t000 a WHERE a.id IN (SELECT x.id FROM db.t001 x) ORDER BY a.name');
  });

  it('says what can be renamed', () => {
    const { doc, position } = snapshotOf('SELECT x.id FROM db.t000 |x');
    assert.deepEqual(prepareRename(doc, position), { range: { start: { line: 0, character: 25 }, end: { line: 0, character: 26 } }, placeholder: 'x' });
  });

  it('refuses tables, columns and names that would need quoting, with a clear message', () => {
    const table = snapshotOf('SELECT x.id FROM db.t0|00 x');
    const refused = prepareRename(table.doc, table.position);
    assert.ok(refused instanceof ResponseError);
    assert.equal(refused.message, 'only a CTE or a table alias can be renamed here; put the caret on its name or on the qualifier of one of its columns');
    const column = snapshotOf('SELECT x.i|d FROM db.t000 x');
    assert.ok(rename(column.doc, column.position, 'y') instanceof ResponseError);
    const alias = snapshotOf('SELECT x.id FROM db.t000 |x');
    assert.equal((rename(alias.doc, alias.position, 'a b') as ResponseError).message, "'a b' is not a plain name: use letters, digits and underscores, not starting with a digit");
  });
});
