import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import { parse } from '../../src/sql';
import type { Dialect } from '../../src/sql/ast';
import { lineageCases } from './lineage-harness';

lineageCases('lineage: struct fields map to their own sources', [
  { name: 'named_struct(...).field', sql: "INSERT INTO x SELECT named_struct('a', a, 'b', b).a AS q FROM t", edges: ['t.a -> x.q expression'] },
  { name: 'a named_struct built in a CTE, read field by field', sql: "WITH s AS (SELECT named_struct('a', a, 'b', b + c) AS st FROM t) INSERT INTO x SELECT st.a, st.b FROM s", edges: ['t.a -> x.a expression', 't.b -> x.b expression', 't.c -> x.b expression'] },
  { name: 'a qualified field of a subquery struct', sql: "INSERT INTO x SELECT s.st.b AS q FROM (SELECT named_struct('a', a, 'b', b) AS st FROM t) s", edges: ['t.b -> x.q expression'] },
  { name: 'the whole struct derives from every field', sql: "INSERT INTO x SELECT named_struct('a', a, 'b', b) AS st FROM t", edges: ['t.a -> x.st expression', 't.b -> x.st expression'] },
  { name: 'nested structs', sql: "WITH s AS (SELECT named_struct('o', named_struct('i', a, 'j', b), 'k', c) AS st FROM t) INSERT INTO x SELECT st.o.j AS q, st.k FROM s", edges: ['t.b -> x.q expression', 't.c -> x.k expression'] },
  { name: 'struct(a, b) fields are named after the columns (Spark)', sql: 'WITH s AS (SELECT struct(a, b) AS st FROM t) INSERT INTO x SELECT st.b AS q FROM s', edges: ['t.b -> x.q expression'] },
  { name: 'struct(a, b) fields are col1, col2 (Hive)', dialect: 'hive', sql: 'WITH s AS (SELECT struct(a, b) AS st FROM t) INSERT INTO x SELECT st.col2 AS q FROM s', edges: ['t.b -> x.q expression'] },
  { name: 'an unknown field falls back to the whole struct', sql: "WITH s AS (SELECT named_struct('a', a, 'b', b) AS st FROM t) INSERT INTO x SELECT st.z AS q FROM s", edges: ['t.a -> x.q expression', 't.b -> x.q expression'] },
  { name: 'fields do not survive a UNION', sql: "WITH s AS (SELECT named_struct('a', a, 'b', b) AS st FROM t UNION ALL SELECT named_struct('a', c, 'b', d) FROM t) INSERT INTO x SELECT st.a FROM s", edges: ['t.a -> x.a expression', 't.b -> x.a expression', 't.c -> x.a expression', 't.d -> x.a expression'] },
  { name: 'a computed field name leaves the fields unknown', sql: 'INSERT INTO x SELECT named_struct(k, a, \'b\', b).b AS q FROM t', edges: ['t.k -> x.q expression', 't.a -> x.q expression', 't.b -> x.q expression'] },
  { name: 'a field used inside an expression', sql: "WITH s AS (SELECT named_struct('a', a, 'b', b) AS st FROM t) INSERT INTO x SELECT upper(st.a) AS q FROM s", edges: ['t.a -> x.q expression'] },
]);

lineageCases('lineage: stack() and inline() map by position', [
  { name: 'LATERAL VIEW stack', sql: 'INSERT INTO x SELECT k, v FROM t LATERAL VIEW stack(2, a, b, c, d) s AS k, v', edges: ['t.a -> x.k expression', 't.c -> x.k expression', 't.b -> x.v expression', 't.d -> x.v expression'] },
  { name: 'stack in the select list', sql: 'INSERT INTO x SELECT stack(2, a, b, c, d) AS (k, v) FROM t', edges: ['t.a -> x.k expression', 't.c -> x.k expression', 't.b -> x.v expression', 't.d -> x.v expression'] },
  { name: 'stack default names col0, col1', sql: "INSERT INTO x SELECT s.col0, s.col1 FROM t LATERAL VIEW stack(2, 'a', a, 'b', b) s", edges: ['t.a -> x.col1 expression', 't.b -> x.col1 expression'], warns: false },
  { name: 'stack with a short last row', sql: 'INSERT INTO x SELECT stack(2, a, b, c) AS (k, v) FROM t', edges: ['t.a -> x.k expression', 't.c -> x.k expression', 't.b -> x.v expression'] },
  { name: 'inline of an array of structs', sql: 'INSERT INTO x SELECT inline(array(struct(a, b), struct(c, d))) AS (k, v) FROM t', edges: ['t.a -> x.k expression', 't.c -> x.k expression', 't.b -> x.v expression', 't.d -> x.v expression'] },
  { name: 'LATERAL VIEW inline named by the first struct', sql: "INSERT INTO x SELECT i.p, i.q FROM t LATERAL VIEW inline(array(named_struct('p', a, 'q', b), named_struct('p', c, 'q', d))) i", edges: ['t.a -> x.p expression', 't.c -> x.p expression', 't.b -> x.q expression', 't.d -> x.q expression'], warns: false },
  { name: 'inline of a column still derives from it', sql: 'INSERT INTO x SELECT k, v FROM t LATERAL VIEW inline(arr) i AS k, v', edges: ['t.arr -> x.k expression', 't.arr -> x.v expression'] },
]);

describe('analysis: an unaliased expression into a table without DDL', () => {
  const warnings = (sql: string, dialect: Dialect = 'spark') => analyze(parse(sql, dialect)).map((d) => `${d.severity} ${d.code} ${sql.slice(d.start, d.end)}: ${d.message}`);

  it('warns at the expression with the name it would get', () => {
    assert.deepEqual(warnings('INSERT INTO x SELECT a, sum(b) FROM t GROUP BY a'), [
      "warning unnamed-column sum(b): give this expression an alias: the target table has no DDL, so the column name would be Spark's generated name 'sum(b)'",
    ]);
    assert.deepEqual(warnings('INSERT INTO x SELECT * FROM (SELECT a, upper(b) FROM t) s'), [
      "warning unnamed-column upper(b): give this expression an alias: the target table has no DDL, so the column name would be Spark's generated name 'upper(b)'",
    ]);
    assert.deepEqual(warnings('INSERT INTO x SELECT a, a + 1 FROM t', 'hive'), [
      "warning unnamed-column a + 1: give this expression an alias: the target table has no DDL, so the column name would be Hive's generated name '_c1'",
    ]);
  });

  it('does not warn with an alias, a column list, DDL, or for a dynamic partition', () => {
    assert.deepEqual(warnings('INSERT INTO x SELECT a + 1 AS b, t.c, s.d.e FROM t'), []);
    assert.deepEqual(warnings('INSERT INTO x (p, q) SELECT a + 1, b FROM t'), []);
    assert.deepEqual(warnings('CREATE TABLE x (p INT);\nINSERT INTO x SELECT a + 1 FROM t'), []);
    assert.deepEqual(warnings("INSERT INTO x PARTITION (dt) SELECT a, concat(b, '') FROM t"), []);
  });
});
