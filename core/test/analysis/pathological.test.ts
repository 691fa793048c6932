import assert from 'node:assert/strict';
import { analyzeScript } from '../../src/analysis';
import { parse } from '../../src/sql';
import type { Script } from '../../src/sql/ast';

/*
 * Pathological but valid SQL is parsed and analysed with its lineage, never a stack overflow.
 * (`npm run bench -- pathological` times these; tests assert only the result.)
 */

const repeat = (n: number, item: (i: number) => string, separator: string) => Array.from({ length: n }, (_, i) => item(i)).join(separator);

const CASES: { name: string; sql: string; edges: string[]; filters?: string[] }[] = [
  { name: 'a 3,000-term OR chain', sql: `INSERT INTO x SELECT b FROM t WHERE ${repeat(3000, (i) => `a = ${i}`, ' OR ')}`, edges: ['t.b -> x.b direct'], filters: ['t.a'] },
  { name: 'a 3,000-term sum', sql: `INSERT INTO x SELECT ${repeat(3000, (i) => `c${i % 3}`, ' + ')} AS s FROM t`, edges: ['t.c0 -> x.s expression', 't.c1 -> x.s expression', 't.c2 -> x.s expression'] },
  { name: 'a CASE with 3,000 WHENs', sql: `INSERT INTO x SELECT CASE ${repeat(3000, (i) => `WHEN a = ${i} THEN b`, ' ')} ELSE c END AS s FROM t`, edges: ['t.a -> x.s expression', 't.b -> x.s expression', 't.c -> x.s expression'] },
  { name: 'IN with 10,000 items', sql: `INSERT INTO x SELECT b FROM t WHERE a IN (${repeat(10000, (i) => String(i), ', ')})`, edges: ['t.b -> x.b direct'], filters: ['t.a'] },
  { name: '3,000 UNION ALL branches', sql: `INSERT INTO x ${repeat(3000, (i) => `SELECT a FROM t${i % 3}`, ' UNION ALL ')}`, edges: ['t0.a -> x.a direct', 't1.a -> x.a direct', 't2.a -> x.a direct'] },
  { name: 'a chain of 3,000 joins', sql: `INSERT INTO x SELECT t0.a FROM t0 ${repeat(3000, (i) => `JOIN t${i + 1} ON t${i}.k = t${i + 1}.k`, ' ')}`, edges: ['t0.a -> x.a direct'] },
  { name: '500 nested parentheses', sql: `INSERT INTO x SELECT ${'('.repeat(500)}a + b${')'.repeat(500)} AS s FROM t`, edges: ['t.a -> x.s expression', 't.b -> x.s expression'] },
  { name: '500 nested function calls', sql: `INSERT INTO x SELECT ${'f('.repeat(500)}a${')'.repeat(500)} AS s FROM t`, edges: ['t.a -> x.s expression'] },
  { name: '500 nested unary minus', sql: `INSERT INTO x SELECT ${'- '.repeat(500)}a AS s FROM t`, edges: ['t.a -> x.s expression'] },
  { name: '500 nested CASEs', sql: `INSERT INTO x SELECT ${'CASE WHEN a > 0 THEN '.repeat(500)}b${' END'.repeat(500)} AS s FROM t`, edges: ['t.a -> x.s expression', 't.b -> x.s expression'] },
  { name: '100 nested derived tables', sql: `INSERT INTO x SELECT a FROM ${'(SELECT a FROM '.repeat(100)}t${') s'.repeat(100)}`, edges: ['t.a -> x.a direct'] },
  { name: '100 nested scalar subqueries', sql: `INSERT INTO x SELECT ${'(SELECT '.repeat(100)}a${' FROM t)'.repeat(100)} AS s`, edges: ['t.a -> x.s direct'] },
  { name: 'a 1 MB select list on one line', sql: `INSERT INTO x SELECT ${repeat(15000, (i) => `coalesce(t.some_long_column_name_${i}, 0) AS alias_${i}`, ', ')} FROM t`, edges: repeat(15000, (i) => `t.some_long_column_name_${i} -> x.alias_${i} expression`, '\n').split('\n') },
  { name: 'a 1 MB string literal', sql: `INSERT INTO x SELECT '${'x'.repeat(1_000_000)}' AS s, a FROM t`, edges: ['t.a -> x.a direct'] },
];

describe('analysis: pathological SQL', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const script = parse(c.sql, 'spark');
      assert.deepEqual(script.errors, []);
      const { lineage, diagnostics } = analyzeScript(script);
      assert.deepEqual(diagnostics, []);
      assert.deepEqual(lineage.edges.map((e) => `${e.source} -> ${e.target} ${e.kind}`).sort(), [...c.edges].sort());
      if (c.filters) assert.deepEqual(lineage.statements[0].filters, c.filters);
    });
  }

  it('reports an analysis that throws as an internal error at the statement, never silently', () => {
    const script = parse('SELECT 1;\nINSERT INTO x SELECT a FROM t', 'spark');
    const insert = script.statements[1] as Extract<Script['statements'][number], { kind: 'Insert' }>;
    // A tree shape analysis does not expect (what a parser bug would produce).
    const broken: Script = { ...script, statements: [script.statements[0], { ...insert, query: undefined as never }] };
    const { diagnostics } = analyzeScript(broken);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.start, d.end]), [['internal-error', 'error', insert.start, insert.end]]);
    assert.match(diagnostics[0].message, /^analysis of this statement failed \(.+\); its lineage and checks are missing; please report this as a Strata bug$/);
  });
});
