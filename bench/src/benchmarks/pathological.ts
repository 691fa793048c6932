import { analyzeScript, parse } from '@strata/core';
import { numberFlag, parseFlags } from '../args';
import { measure } from '../measure';
import type { BenchResult } from '../report';

const USAGE = 'usage: npm run bench -- pathological [--iterations N]';

const repeat = (n: number, item: (i: number) => string, separator: string) => Array.from({ length: n }, (_, i) => item(i)).join(separator);

/** Issue 6's pathological statements: each must parse and analyse in under a second. */
const CASES: { name: string; sql: string }[] = [
  { name: '3,000-term OR', sql: `INSERT INTO x SELECT b FROM t WHERE ${repeat(3000, (i) => `a = ${i}`, ' OR ')}` },
  { name: '3,000-term a + a', sql: `INSERT INTO x SELECT ${repeat(3000, () => 'a', ' + ')} AS s FROM t` },
  { name: 'CASE with 3,000 WHENs', sql: `INSERT INTO x SELECT CASE ${repeat(3000, (i) => `WHEN a = ${i} THEN b`, ' ')} END AS s FROM t` },
  { name: 'IN with 10,000 items', sql: `INSERT INTO x SELECT b FROM t WHERE a IN (${repeat(10000, String, ', ')})` },
  { name: '3,000 UNION ALL branches', sql: `INSERT INTO x ${repeat(3000, (i) => `SELECT a FROM t${i % 3}`, ' UNION ALL ')}` },
  { name: '500 nested parentheses', sql: `INSERT INTO x SELECT ${'('.repeat(500)}a${')'.repeat(500)} AS s FROM t` },
  { name: '500 nested calls', sql: `INSERT INTO x SELECT ${'f('.repeat(500)}a${')'.repeat(500)} AS s FROM t` },
  { name: '100 nested subqueries', sql: `INSERT INTO x SELECT a FROM ${'(SELECT a FROM '.repeat(100)}t${') s'.repeat(100)}` },
  { name: '1 MB select list, one line', sql: `INSERT INTO x SELECT ${repeat(15000, (i) => `coalesce(t.some_long_column_name_${i}, 0) AS alias_${i}`, ', ')} FROM t` },
  { name: '1 MB string literal', sql: `INSERT INTO x SELECT '${'x'.repeat(1_000_000)}' AS s, a FROM t` },
];

/** Parse + analysis of each case: the first run in this process (cold JIT) and the warm median. */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const iterations = Math.max(1, numberFlag(parseFlags(args, { iterations: 'count' }, USAGE), 'iterations', 5));
  const once = (sql: string) => analyzeScript(parse(sql, 'spark'));
  const rows = CASES.map(({ name, sql }) => {
    const started = process.hrtime.bigint();
    const result = once(sql);
    const firstMs = Number(process.hrtime.bigint() - started) / 1e6;
    const warm = measure(() => once(sql), { warmup: 1, iterations });
    return { case: name, 'KB': Math.round(sql.length / 1024), 'first ms': firstMs, 'warm ms': warm.medianMs, edges: result.lineage.edges.length, diagnostics: result.diagnostics.length };
  });
  return {
    name: 'pathological',
    params: { iterations },
    columns: ['case', 'KB', 'first ms', 'warm ms', 'edges', 'diagnostics'],
    rows,
    notes: ['parse + analyzeScript of one statement; the issue asks for under a second each', 'core/test/analysis/pathological.test.ts asserts their lineage'],
  };
}
