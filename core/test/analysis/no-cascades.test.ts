import assert from 'node:assert/strict';
import { analyzeScript } from '../../src/analysis';
import { parse } from '../../src/sql';
import type { Dialect } from '../../src/sql/ast';
import { catalogFrom } from './lineage-harness';

const DDL = 'CREATE TABLE ods.s (a INT, b INT, c INT); CREATE TABLE dws.t (x INT, y INT);';

/** Every problem of a script, syntax and semantic, as `code text` (text = the source it spans). */
function problems(sql: string, dialect: Dialect = 'spark'): string[] {
  const script = parse(sql, dialect);
  const { diagnostics } = analyzeScript(script, { catalog: catalogFrom(DDL) });
  return [...script.errors.map((e) => `syntax ${sql.slice(e.start, e.end)}`), ...diagnostics.map((d) => `${d.code} ${sql.slice(d.start, d.end)}`)];
}

const USES = (name: string) => [
  `SELECT a, b, zz FROM ${name}`,
  `SELECT v.whatever FROM ${name} v WHERE v.other > 0`,
  `INSERT INTO dws.t SELECT anything, c FROM ${name}`,
  `INSERT INTO ${name} SELECT a, b, c, a FROM ods.s`,
  `SELECT * FROM ${name} JOIN ods.s ON ${name}.k = s.a`,
].join(';\n');

/** One broken declaration, then five statements using what it declares: only the syntax error is reported. */
const CASES: { name: string; sql: string; error: string; dialect?: Dialect }[] = [
  { name: 'CREATE VIEW', sql: 'CREATE VIEW v AS SELECT a FROM ods.s WHERE', error: ';' },
  { name: 'CREATE TEMPORARY VIEW', sql: 'CREATE TEMPORARY VIEW v AS SELECT a, b c d FROM ods.s', error: ' ' },
  { name: 'a view whose query is misspelt', sql: 'CREATE VIEW v AS SELEC a FROM ods.s', error: 'SELEC' },
  { name: 'a misspelt CREATE', sql: 'CREAT VIEW v AS SELECT a FROM ods.s', error: 'CREAT' },
  { name: 'a misspelt CREATE of a temporary table', sql: 'CRETE TEMPORARY TABLE v AS SELECT a FROM ods.s', error: 'CRETE' },
  { name: 'CTAS', sql: 'CREATE TABLE v AS SELECT a FROM ods.s WHERE a =', error: ';' },
  { name: 'CREATE TABLE with a broken column list', sql: 'CREATE TABLE v (a INT, b , c INT)', error: ',' },
  { name: 'CACHE TABLE', sql: 'CACHE TABLE v AS SELECT a FROM ods.s JOIN', error: ';' },
  { name: 'hive CREATE VIEW', dialect: 'hive', sql: 'CREATE VIEW v AS SELECT a FROM ods.s WHERE', error: ';' },
];

describe('no cascades: a broken declaration defines an open shape', () => {
  for (const c of CASES) {
    it(`${c.name}: one mistake, one error`, () => {
      assert.deepEqual(problems(`${c.sql};\n${USES('v')}`, c.dialect), [`syntax ${c.error}`]);
    });
  }

  it('keeps the lineage of the columns the broken statement did declare', () => {
    const script = parse('CREATE VIEW v AS SELECT a, b FROM ods.s WHERE;\nINSERT INTO dws.t SELECT a, q FROM v', 'spark');
    const edges = analyzeScript(script, { catalog: catalogFrom(DDL) }).lineage.edges.map((e) => `${e.source} -> ${e.target}`);
    assert.deepEqual(edges, ['ods.s.a -> v.a', 'ods.s.b -> v.b', 'v.a -> dws.t.x', 'v.q -> dws.t.y']);
  });

  it('reports no semantic follow-ups inside the broken statement itself', () => {
    assert.deepEqual(problems('SELECT zz FROM ods.s WHERE'), ['syntax ']);
    assert.deepEqual(problems('SELECT zz FROM ods.s WHERE a = 1;\nSELECT a FROM ods.s WHERE'), ['syntax ', 'unknown-column zz']);
  });

  it('a view over SELECT * of a table without DDL resolves any column', () => {
    const script = parse('CREATE VIEW v AS SELECT a, * FROM raw;\nINSERT INTO y SELECT x, a FROM v', 'spark');
    const result = analyzeScript(script);
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(result.lineage.edges.map((e) => `${e.source} -> ${e.target}`), ['raw.a -> v.a', 'raw.* -> v.*', 'v.x -> y.x', 'v.a -> y.a']);
  });
});
