import assert from 'node:assert/strict';
import { analyze, analyzeScript, lineage } from '../../src/analysis';
import { parse } from '../../src/sql';
import { catalogFrom } from './lineage-harness';

const DDL = 'CREATE TABLE ods.s (a INT, b INT); CREATE TABLE dws.t (x INT, y INT);';

const SCRIPTS = [
  'INSERT INTO dws.t SELECT a, b FROM ods.s WHERE a > 0',
  'INSERT INTO dws.t SELECT a, zz FROM ods.s;\nINSERT INTO dws.nope SELECT a FROM ods.ss',
  'USE ods;\nCREATE TEMPORARY VIEW v AS SELECT a FROM s;\nINSERT INTO dws.t SELECT a, a FROM v ORDER BY q',
  'WITH RECURSIVE r AS (SELECT a FROM ods.s UNION ALL SELECT a + 1 FROM r) INSERT INTO dws.t SELECT a, a FROM r',
];

describe('analyzeScript', () => {
  for (const sql of SCRIPTS) {
    it(`gives what lineage() and analyze() give, in one run: ${sql.split('\n')[0]}`, () => {
      const script = parse(sql, 'spark');
      const catalog = catalogFrom(DDL);
      const both = analyzeScript(script, { catalog });
      assert.deepEqual(both.lineage, lineage(script, { catalog }));
      assert.deepEqual(both.diagnostics, analyze(script, catalog));
    });
  }

  it('reports unknown tables only with a catalog', () => {
    const script = parse('INSERT INTO elsewhere SELECT a FROM nowhere', 'spark');
    assert.deepEqual(analyzeScript(script).diagnostics, []);
    assert.deepEqual(analyzeScript(script, { catalog: catalogFrom(DDL) }).diagnostics.map((d) => d.code), ['unknown-table', 'unknown-table']);
  });
});
