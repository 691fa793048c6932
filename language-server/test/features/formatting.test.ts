import assert from 'node:assert/strict';
import { formatting } from '../../src/features/formatting';
import { snapshotOf } from './snapshot-of';

function edits(text: string) {
  // No caret: formatting is about the whole document.
  return formatting(snapshotOf(`|${text}`).doc);
}

describe('formatting', () => {
  it('replaces the document with its formatted text', () => {
    assert.deepEqual(edits('select id,name from db.t000 where id>1'), [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 38 } }, newText: 'SELECT\n  id,\n  name\nFROM\n  db.t000\nWHERE\n  id > 1\n' },
    ]);
  });

  it('leaves a formatted document alone', () => {
    assert.deepEqual(edits('SELECT\n  id\nFROM\n  db.t000\n'), []);
  });

  it('does not format a document with a syntax error', () => {
    assert.deepEqual(edits('select id from where'), []);
  });
});
