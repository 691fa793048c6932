import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import { parse } from '../../src/sql';
import type { Dialect } from '../../src/sql/ast';
import { catalogFrom, lineageCases } from './lineage-harness';

const DDL = 'CREATE TABLE s (a INT, b STRING, c INT, ts TIMESTAMP, arr ARRAY<INT>); CREATE TABLE u (a INT, b STRING); CREATE TABLE t (x INT, y STRING);';

lineageCases('lineage: Spark and Hive syntax', [
  { name: 'VALUES relation columns are col1, col2 (Spark)', sql: 'INSERT INTO t SELECT col1 + a AS x, col2 AS y FROM VALUES (1, 2) JOIN s ON TRUE', edges: ['s.a -> t.x expression'], warns: false },
  { name: 'VALUES relation named by its alias', sql: 'INSERT INTO t SELECT v.k, s.b FROM VALUES (1), (2) AS v(k) JOIN s ON v.k = s.a', edges: ['s.b -> t.b direct'], filters: ['s.a'], warns: false },
  { name: 'TRANSFORM output columns derive from every input', sql: "INSERT INTO t SELECT TRANSFORM (a, b) USING 'cat' AS (c STRING, d STRING) FROM s", edges: ['s.a -> t.c expression', 's.b -> t.c expression', 's.a -> t.d expression', 's.b -> t.d expression'], warns: false },
  { name: 'TRANSFORM without AS outputs key and value', sql: "INSERT INTO t SELECT TRANSFORM (a) USING 'cat' FROM s", edges: ['s.a -> t.key expression', 's.a -> t.value expression'] },
  { name: 'Hive MAP and REDUCE through a FROM-first subquery', dialect: 'hive', sql: "FROM (FROM s MAP a, b USING 'm' AS k, v CLUSTER BY k) m INSERT OVERWRITE TABLE t REDUCE m.k, m.v USING 'r' AS x, y", edges: ['s.a -> t.x expression', 's.b -> t.x expression', 's.a -> t.y expression', 's.b -> t.y expression'], warns: false },
  { name: 'Hive PTF passes its input through; partitioning keys are filters', dialect: 'hive', sql: 'INSERT INTO t SELECT b FROM noop(ON s PARTITION BY a ORDER BY c)', edges: ['s.b -> t.b direct'], filters: ['s.a', 's.c'], reads: ['s'] },
  { name: 'Hive PTF over a subquery, qualified by its alias', dialect: 'hive', sql: 'INSERT INTO t SELECT p.b FROM noop(ON (SELECT a, b FROM s) sq PARTITION BY a ORDER BY a) p', edges: ['s.b -> t.b direct'], filters: ['s.a'] },
  { name: 'Hive LATERAL VIEW before a JOIN sees its source; the join sees the view', dialect: 'hive', sql: 'INSERT INTO t SELECT e, u.b FROM s LATERAL VIEW explode(arr) x AS e JOIN u ON e = u.a', edges: ['s.arr -> t.e expression', 'u.b -> t.b direct'], filters: ['u.a'], warns: false },
  { name: 'TIMESTAMPDIFF unit is no column', sql: 'INSERT INTO t SELECT TIMESTAMPDIFF(DAY, a, c) AS d FROM s', edges: ['s.a -> t.d expression', 's.c -> t.d expression'] },
  { name: 'TIMESTAMPADD / DATEADD / DATEDIFF units are no columns', sql: 'INSERT INTO t SELECT TIMESTAMPADD(HOUR, 1, ts) AS h, DATEADD(minute, a, ts) AS m, DATEDIFF(day, ts, ts) AS d FROM s', edges: ['s.ts -> t.h expression', 's.a -> t.m expression', 's.ts -> t.m expression', 's.ts -> t.d expression'] },
  { name: 'Flink TIMESTAMPDIFF unit is no column', dialect: 'flink', sql: 'INSERT INTO t SELECT TIMESTAMPDIFF(DAY, a, c) AS d FROM s', edges: ['s.a -> t.d expression', 's.c -> t.d expression'] },
  { name: 'EXTRACT fields are no columns', sql: "INSERT INTO t SELECT EXTRACT(day FROM ts) AS d1, EXTRACT('hour', ts) AS d2, EXTRACT(minute, ts) AS d3 FROM s", edges: ['s.ts -> t.d1 expression', 's.ts -> t.d2 expression', 's.ts -> t.d3 expression'] },
  { name: 'intervals in expressions read only their operands', sql: "INSERT INTO t SELECT ts + INTERVAL 1 DAY AS a, ts - INTERVAL '1 2:03:04' DAY TO SECOND AS b, INTERVAL 1 DAY 2 HOURS AS c FROM s", edges: ['s.ts -> t.a expression', 's.ts -> t.b expression'] },
  { name: 'struct(expr AS name) reads the field values', sql: 'INSERT INTO t SELECT struct(a AS x, b AS y) AS st FROM s', edges: ['s.a -> t.st expression', 's.b -> t.st expression'] },
  { name: 'INSERT INTO t TABLE s copies every column by position', catalog: DDL, sql: 'INSERT INTO t TABLE u', edges: ['u.a -> t.x direct', 'u.b -> t.y direct'], reads: ['u'], writes: ['t'] },
  { name: 'INSERT ... BY NAME maps by output name', catalog: DDL, sql: 'INSERT INTO t BY NAME SELECT b AS y, a AS x FROM u', edges: ['u.a -> t.x direct', 'u.b -> t.y direct'] },
  { name: 'time travel versions are no columns', sql: "INSERT INTO t SELECT s.a FROM s VERSION AS OF 3 JOIN u TIMESTAMP AS OF '2024-01-01' ON s.a = u.a", edges: ['s.a -> t.a direct'], reads: ['s', 'u'] },
  { name: 'a USING view over files has undeclared columns', sql: "CREATE TEMPORARY VIEW v USING parquet OPTIONS (path '/tmp/v'); INSERT INTO t SELECT k FROM v", edges: ['v.k -> t.k direct'], writes: ['t', 'v'] },
]);

interface Case {
  name: string;
  sql: string;
  dialect?: Dialect;
}

/** Statements whose new syntax must resolve with no unknown-column or unknown-table problem in project mode. */
const CLEAN: Case[] = [
  { name: 'VALUES relation default names', sql: 'SELECT col1, col2 FROM VALUES (1, 2), (3, 4)' },
  { name: 'VALUES query with column aliases', sql: 'SELECT k FROM (VALUES (1) AS v(k)) w' },
  { name: 'GROUP BY ALL and ORDER BY ALL', sql: 'SELECT a, count(*) FROM s GROUP BY ALL ORDER BY ALL' },
  { name: 'TRANSFORM outputs in ORDER BY', sql: "SELECT TRANSFORM (a, b) USING 'cat' AS (k, v) FROM s ORDER BY k" },
  { name: 'TIMESTAMPDIFF unit', sql: 'SELECT TIMESTAMPDIFF(DAY, ts, ts), DATEADD(HOUR, 1, ts) FROM s' },
  { name: 'a column named like a keyword', sql: 'SELECT x.sort, x.end FROM (SELECT a AS sort, b AS end FROM s) x WHERE sort > 1' },
  { name: 'Hive PTF qualified by its input name', sql: 'SELECT s.a, b FROM noop(ON s PARTITION BY a ORDER BY b)', dialect: 'hive' },
  { name: 'Hive LATERAL VIEW column in a later JOIN', sql: 'SELECT e FROM s LATERAL VIEW explode(arr) x AS e JOIN u ON x.e = u.a', dialect: 'hive' },
  { name: 'TABLE as a query', sql: 'SELECT a FROM (TABLE s) q' },
  { name: 'USING view', sql: "CREATE TEMPORARY VIEW v USING csv OPTIONS (path '/x'); SELECT anything FROM v" },
  { name: 'typed USING view', sql: "CREATE TEMPORARY VIEW v (k INT) USING csv; SELECT k FROM v" },
  { name: 'table over files declared without columns', sql: "CREATE TABLE f USING parquet LOCATION '/x'; SELECT anything FROM f" },
];

describe('analysis: Spark and Hive syntax resolves cleanly', () => {
  for (const c of CLEAN) {
    it(c.name, () => {
      const dialect = c.dialect ?? 'spark';
      const found = analyze(parse(c.sql, dialect), catalogFrom(DDL, dialect));
      assert.deepEqual(found.map((d) => `${d.code}: ${d.message}`), []);
    });
  }

  it('still reports an unknown column of a typed USING view and after a PTF', () => {
    const view = analyze(parse("CREATE TEMPORARY VIEW v (k INT) USING csv; SELECT kk FROM v", 'spark'), catalogFrom(DDL));
    assert.deepEqual(view.map((d) => d.message), ["unknown column 'kk'; did you mean 'k'?"]);
    const ptf = analyze(parse('SELECT zz FROM noop(ON s PARTITION BY a)', 'hive'), catalogFrom(DDL, 'hive'));
    assert.deepEqual(ptf.map((d) => d.message), ["unknown column 'zz'; did you mean 'a'?"]);
  });
});
