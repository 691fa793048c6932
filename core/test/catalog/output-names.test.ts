import assert from 'node:assert/strict';
import { queryOutputNames } from '../../src/catalog';
import { parse } from '../../src/sql';
import type { Dialect, Query } from '../../src/sql/ast';

function names(sql: string, dialect: Dialect = 'spark'): string[] {
  const [statement] = parse(sql, dialect).statements;
  assert.equal(statement?.kind, 'QueryStatement');
  return queryOutputNames((statement as { query: Query }).query, dialect);
}

/** Unaliased select items and the name Spark gives them (its `toPrettySQL`), lower-cased. */
const SPARK: [string, string][] = [
  ['t.a', 'a'],
  ['s.device.os', 'os'],
  ['a + b', '(a + b)'],
  ['a + b * 2', '(a + (b * 2))'],
  ['count(*)', 'count(1)'],
  ['COUNT(DISTINCT a)', 'count(distinct a)'],
  ['sum(x)', 'sum(x)'],
  ['coalesce(a, 0)', 'coalesce(a, 0)'],
  ['CAST(a AS STRING)', 'a'],
  ['CAST(a + 1 AS STRING)', 'cast((a + 1) as string)'],
  ["concat_ws('-', a, b)", 'concat_ws(-, a, b)'],
  ['a || b', 'concat(a, b)'],
  ['a <> b', '(not (a = b))'],
  ['-a', '(- a)'],
  ['a * -1', '(a * -1)'],
  ['NOT a', '(not a)'],
  ['a IS NOT NULL', '(a is not null)'],
  ['a IN (1, 2)', '(a in (1, 2))'],
  ['a BETWEEN 1 AND 2', '((a >= 1) and (a <= 2))'],
  ["CASE a WHEN 1 THEN 'x' ELSE 'y' END", 'case when (a = 1) then x else y end'],
  ['CASE WHEN a > 1 THEN b END', 'case when (a > 1) then b end'],
  ['1', '1'],
  ["'abc'", 'abc'],
  ['true', 'true'],
  ['current_date', 'current_date()'],
  ['arr[0]', 'arr[0]'],
  ['sum(x) OVER (PARTITION BY a ORDER BY b DESC)', 'sum(x) over (partition by a order by b desc nulls last)'],
];

describe('catalog: output names of unaliased select items', () => {
  for (const [expr, name] of SPARK) {
    it(`spark: ${expr} -> ${name}`, () => assert.deepEqual(names(`SELECT ${expr} FROM t`), [name]));
  }

  it('hive: _c<position of the select item>', () => {
    assert.deepEqual(names('SELECT a, a + 1, count(*), b AS bee, CAST(a AS STRING) FROM t', 'hive'), ['a', '_c1', '_c2', 'bee', '_c4']);
  });

  it('flink: EXPR$<position> (lower-cased)', () => {
    assert.deepEqual(names('SELECT a, a + 1, count(*) FROM t', 'flink'), ['a', 'expr$1', 'expr$2']);
  });

  it('VALUES columns: col1, col2 (Spark and Hive), EXPR$0 (Flink)', () => {
    assert.deepEqual(names('VALUES (1, 2)'), ['col1', 'col2']);
    assert.deepEqual(names('VALUES (1, 2)', 'hive'), ['col1', 'col2']);
    assert.deepEqual(names('VALUES (1, 2)', 'flink'), ['expr$0', 'expr$1']);
  });

  it('a set operation is named by its first branch', () => {
    assert.deepEqual(names('SELECT a, b + 1 FROM t UNION ALL SELECT c, d FROM u UNION ALL SELECT e, f FROM w'), ['a', '(b + 1)']);
  });
});
