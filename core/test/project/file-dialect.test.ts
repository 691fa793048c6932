import assert from 'node:assert/strict';
import { declaredDialect } from '../../src/project/file-dialect';

describe('declared dialect of a file', () => {
  it('reads dialect, then type: streaming, then falls back', () => {
    assert.equal(declaredDialect('/*---\ntype: streaming\n---*/\nSELECT 1', 'spark'), 'flink');
    assert.equal(declaredDialect('/*---\ndialect: hive\ntype: batch\n---*/\nSELECT 1', 'spark'), 'hive');
    assert.equal(declaredDialect('SELECT 1', 'hive'), 'hive');
    assert.equal(declaredDialect('/*---\nowner: [broken\n---*/', 'spark'), 'spark');
  });
});
