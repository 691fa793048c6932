import { lineageCases } from './lineage-harness';

const DDL = 'CREATE TABLE ods.s (a INT, b INT, k INT, v INT, ts BIGINT);';

lineageCases('lineage: ORDER BY, SORT BY, DISTRIBUTE BY, CLUSTER BY', [
  { name: 'ORDER BY column is a filter', sql: 'INSERT INTO t SELECT a FROM s ORDER BY b LIMIT 10', edges: ['s.a -> t.a direct'], filters: ['s.b'], warns: false },
  { name: 'ORDER BY a selected column adds no filter', sql: 'INSERT INTO t SELECT a FROM s ORDER BY a DESC', filters: [] },
  { name: 'ORDER BY a select alias', catalog: DDL, sql: 'INSERT INTO t SELECT a + b AS total FROM ods.s ORDER BY total', edges: ['ods.s.a -> t.total expression', 'ods.s.b -> t.total expression'], filters: [], warns: false },
  { name: 'alias wins over an input column of the same name', catalog: DDL, sql: 'INSERT INTO t SELECT b AS a FROM ods.s ORDER BY a', edges: ['ods.s.b -> t.a direct'], filters: [], warns: false },
  { name: 'ORDER BY an aggregate alias', catalog: DDL, sql: 'INSERT INTO t SELECT k, sum(v) AS sv FROM ods.s GROUP BY k ORDER BY sv DESC', edges: ['ods.s.k -> t.k direct', 'ods.s.v -> t.sv aggregate'], filters: [], warns: false },
  { name: 'ORDER BY an aggregate expression', catalog: DDL, sql: 'INSERT INTO t SELECT k FROM ods.s GROUP BY k ORDER BY max(ts)', filters: ['ods.s.ts'] },
  { name: 'ORDER BY a qualified input column', catalog: DDL, sql: 'INSERT INTO t SELECT x.a FROM ods.s x ORDER BY x.ts', filters: ['ods.s.ts'], warns: false },
  { name: 'ORDER BY position has no source', sql: 'INSERT INTO t SELECT a, b FROM s ORDER BY 2', filters: [] },
  { name: 'ORDER BY after UNION names the output', sql: 'INSERT INTO t SELECT a FROM s1 UNION ALL SELECT c FROM s2 ORDER BY a', edges: ['s1.a -> t.a direct', 's2.c -> t.a direct'], filters: [], warns: false },
  { name: 'ORDER BY in a subquery', sql: 'INSERT INTO t SELECT a FROM (SELECT a FROM s ORDER BY ts LIMIT 5) x', filters: ['s.ts'] },
  { name: 'ORDER BY in a CTE', sql: 'INSERT INTO t WITH c AS (SELECT a FROM s ORDER BY ts) SELECT a FROM c', filters: ['s.ts'] },
  { name: 'ORDER BY over a star of an unknown table', sql: 'INSERT INTO t SELECT * FROM s ORDER BY ts', edges: ['s.* -> t.* direct'], filters: ['s.ts'], warns: false },
  { name: 'SORT BY', dialect: 'hive', sql: 'INSERT OVERWRITE TABLE t SELECT a FROM s SORT BY ts', filters: ['s.ts'] },
  { name: 'DISTRIBUTE BY then SORT BY', dialect: 'hive', sql: 'INSERT OVERWRITE TABLE t SELECT a FROM s DISTRIBUTE BY k SORT BY ts DESC', filters: ['s.k', 's.ts'] },
  { name: 'CLUSTER BY', dialect: 'hive', sql: 'INSERT OVERWRITE TABLE t SELECT a FROM s CLUSTER BY k', filters: ['s.k'] },
  { name: 'DISTRIBUTE BY a dynamic partition expression', dialect: 'hive', sql: 'INSERT OVERWRITE TABLE t PARTITION (dt) SELECT a, substr(ts, 1, 10) AS dt FROM s DISTRIBUTE BY dt', edges: ['s.a -> t.a direct', 's.ts -> t.dt expression'], filters: [] },
  { name: 'multi-insert branch SORT BY', dialect: 'hive', sql: 'FROM s INSERT OVERWRITE TABLE a SELECT x SORT BY y INSERT OVERWRITE TABLE b SELECT z', edges: ['s.x -> a.x direct', 's.z -> b.z direct'], filters: ['s.y'] },
  { name: 'window ORDER BY stays an edge source', sql: 'INSERT INTO t SELECT row_number() OVER (ORDER BY ts) AS rn FROM s ORDER BY rn', edges: ['s.ts -> t.rn expression'], filters: [] },
]);
