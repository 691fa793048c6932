import assert from 'node:assert/strict';
import { hover } from '../../src/features/hover';
import { manyTables, snapshotOf } from './snapshot-of';

function text(marked: string): string | undefined {
  const { doc, position } = snapshotOf(marked, manyTables(2));
  const found = hover(doc, position);
  return found && typeof found.contents === 'object' && 'value' in found.contents ? found.contents.value : undefined;
}

describe('hover', () => {
  it('says when a variable is not declared', () => {
    assert.equal(text("SELECT 1 WHERE x = '${nop|e}'"), '`${nope}` is not declared');
  });

  it('shows a column of a table outside a project without lineage', () => {
    assert.equal(text('SELECT x.na|me FROM db.t001 x'), '**db.t001.name** `STRING`');
  });

  it('says how a column of a subquery derives from its sources', () => {
    assert.equal(text('SELECT s.n| FROM (SELECT upper(name) AS n FROM db.t000) s'), '`s.n` derives from db.t000.name (expression)\n\n---\n\n**db.t000.name** `STRING`');
  });

  it('has nothing to say about keywords and literals', () => {
    assert.equal(text('SEL|ECT 1'), undefined);
  });
});
