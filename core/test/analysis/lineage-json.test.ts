import assert from 'node:assert/strict';
import { lineage, toLineageJson } from '../../src/analysis';
import { parse } from '../../src/sql';

describe('standalone lineage JSON', () => {
  it('is sorted, de-duplicated and has exactly the contract keys', () => {
    const sql = 'INSERT INTO dws.t SELECT b, a FROM ods.s;\nINSERT INTO dws.t SELECT b, a FROM ods.s;\nINSERT INTO ads.u SELECT sum(x) AS x FROM dws.t';
    const json = toLineageJson(lineage(parse(sql, 'spark')));
    assert.deepEqual(json, {
      edges: [
        { source: 'dws.t.x', target: 'ads.u.x', kind: 'aggregate' },
        { source: 'ods.s.a', target: 'dws.t.a', kind: 'direct' },
        { source: 'ods.s.b', target: 'dws.t.b', kind: 'direct' },
      ],
      reads: ['dws.t', 'ods.s'],
      writes: ['ads.u', 'dws.t'],
    });
    assert.deepEqual(Object.keys(json), ['edges', 'reads', 'writes']);
    assert.deepEqual(Object.keys(json.edges[0]), ['source', 'target', 'kind']);
  });

  it('is empty for a script without statements', () => {
    assert.deepEqual(toLineageJson(lineage(parse('', 'hive'))), { edges: [], reads: [], writes: [] });
  });

  it('keeps per-statement detail in ScriptLineage', () => {
    const result = lineage(parse("INSERT INTO t SELECT a FROM s WHERE b = 1;\nSELECT x FROM q", 'spark'));
    assert.equal(result.statements.length, 2);
    assert.deepEqual(result.statements[0].filters, ['s.b']);
    assert.deepEqual(result.statements[1].reads, ['q']);
    assert.deepEqual(result.statements[1].writes, []);
  });
});
