import assert from 'node:assert/strict';
import { codeActions, FIX_ALL_KIND } from '../../src/features/code-actions';
import { snapshotOf } from './snapshot-of';

const TEXT = 'SELECT id FROM db.t000 AS x\n';

/** The actions at the caret of `marked` (an empty range there). */
function actionsAt(marked: string, only?: string[]) {
  const { doc, position } = snapshotOf(marked);
  return codeActions(doc, { start: position, end: position }, only);
}

describe('code actions', () => {
  it('offers the fix of the finding at the caret as the preferred quick fix, with its diagnostic', () => {
    const [fix, all] = actionsAt('SELECT id FROM db.t000 |x\n');
    assert.equal(fix.title, "Fix: table alias 'x' without AS: write 'AS x' (table-alias-as)");
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics?.map((d) => [d.code, d.range]), [['ST09', { start: { line: 0, character: 23 }, end: { line: 0, character: 24 } }]]);
    assert.deepEqual(fix.edit?.changes?.['untitled:test.sql'], [{ range: { start: { line: 0, character: 23 }, end: { line: 0, character: 23 } }, newText: 'AS ' }]);
    assert.equal(all.kind, FIX_ALL_KIND);
  });

  it('fixes every problem of the file at once', () => {
    const all = actionsAt('select id, nvl(name,1) AS n from db.t000 x |\n', [FIX_ALL_KIND]);
    assert.deepEqual(all.map((a) => a.edit?.changes?.['untitled:test.sql']), [
      [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: 'SELECT id, coalesce(name, 1) AS n FROM db.t000 AS x\n' }],
    ]);
  });

  it('prefers a fix only when it is the only one touching the range', () => {
    const fixes = actionsAt('select id, nvl|(name,1) AS n FROM db.t000 AS x\n', ['quickfix']);
    assert.deepEqual(fixes.map((a) => [a.diagnostics?.[0].code, a.isPreferred]), [['ST17', true]]);
    const two = actionsAt('SELECT id FROM db.t000 x| \n', ['quickfix']);
    assert.deepEqual(two.map((a) => [a.diagnostics?.[0].code, a.isPreferred]), [['ST09', undefined], ['ST02', undefined]]);
  });

  it('offers nothing on a clean file', () => {
    assert.deepEqual(actionsAt(`|${TEXT}`), []);
  });
});
