import { lineageCases } from './lineage-harness';

const STS = 'CREATE TABLE dws.t (x INT, y INT) PARTITIONED BY (p_date STRING); CREATE TABLE ods.s (a INT, b INT, p_date STRING);';

lineageCases('lineage: kinds and select items', [
  { name: 'plain copy is direct', sql: 'INSERT INTO dws.t SELECT a, b FROM ods.s', edges: ['ods.s.a -> dws.t.a direct', 'ods.s.b -> dws.t.b direct'], reads: ['ods.s'], writes: ['dws.t'] },
  { name: 'rename keeps direct', sql: 'INSERT INTO t SELECT a AS x FROM s', edges: ['s.a -> t.x direct'] },
  { name: 'operator is expression', sql: 'INSERT INTO t SELECT a + b AS c FROM s', edges: ['s.a -> t.c expression', 's.b -> t.c expression'] },
  { name: 'function is expression', sql: 'INSERT INTO t SELECT upper(name) AS n FROM s', edges: ['s.name -> t.n expression'] },
  { name: 'aggregate', sql: 'INSERT INTO t SELECT k, sum(v) AS total FROM s GROUP BY k', edges: ['s.k -> t.k direct', 's.v -> t.total aggregate'], filters: [] },
  { name: 'aggregate wins over expression inside', sql: 'INSERT INTO t SELECT sum(a + b) AS x FROM s', edges: ['s.a -> t.x aggregate', 's.b -> t.x aggregate'] },
  { name: 'aggregate wins over expression outside', sql: 'INSERT INTO t SELECT round(sum(v) / 100, 2) AS x FROM s', edges: ['s.v -> t.x aggregate'] },
  { name: 'count(*) has no source', sql: 'INSERT INTO t SELECT k, count(*) AS n FROM s GROUP BY k', edges: ['s.k -> t.k direct'] },
  { name: 'count distinct', sql: 'INSERT INTO t SELECT count(DISTINCT uid) AS uv FROM s', edges: ['s.uid -> t.uv aggregate'] },
  { name: 'CASE condition columns count', sql: 'INSERT INTO t SELECT CASE WHEN status = 1 THEN amount ELSE 0 END AS paid FROM s', edges: ['s.status -> t.paid expression', 's.amount -> t.paid expression'] },
  { name: 'simple CASE operand counts', sql: 'INSERT INTO t SELECT CASE kind WHEN 1 THEN a WHEN 2 THEN b END AS v FROM s', edges: ['s.kind -> t.v expression', 's.a -> t.v expression', 's.b -> t.v expression'] },
  { name: 'CAST is expression', sql: 'INSERT INTO t SELECT CAST(a AS STRING) AS a FROM s', edges: ['s.a -> t.a expression'] },
  { name: 'window keys count', sql: 'INSERT INTO t SELECT row_number() OVER (PARTITION BY room_id ORDER BY ts DESC) AS rn FROM s', edges: ['s.room_id -> t.rn expression', 's.ts -> t.rn expression'] },
  { name: 'window aggregate', sql: 'INSERT INTO t SELECT sum(v) OVER (PARTITION BY k) AS sv FROM s', edges: ['s.v -> t.sv aggregate', 's.k -> t.sv aggregate'] },
  { name: 'named window', sql: 'INSERT INTO t SELECT rank() OVER w AS r FROM s WINDOW w AS (PARTITION BY g ORDER BY score)', edges: ['s.g -> t.r expression', 's.score -> t.r expression'] },
  { name: 'if() reads all branches', sql: 'INSERT INTO t SELECT if(a > 0, b, c) AS x FROM s', edges: ['s.a -> t.x expression', 's.b -> t.x expression', 's.c -> t.x expression'] },
  { name: 'coalesce', sql: 'INSERT INTO t SELECT coalesce(a, b, 0) AS x FROM s', edges: ['s.a -> t.x expression', 's.b -> t.x expression'] },
  { name: 'BETWEEN in select', sql: 'INSERT INTO t SELECT a BETWEEN lo AND hi AS inside FROM s', edges: ['s.a -> t.inside expression', 's.lo -> t.inside expression', 's.hi -> t.inside expression'] },
  { name: 'literals and variables have no source', sql: "INSERT INTO t SELECT 1 AS one, '${date}' AS d FROM s", edges: [], reads: ['s'], writes: ['t'] },
  { name: 'DISTINCT stays direct', sql: 'INSERT INTO t SELECT DISTINCT a FROM s', edges: ['s.a -> t.a direct'] },
  { name: 'unnamed expression gets Spark\'s generated name', sql: 'INSERT INTO t SELECT a, a + 1 FROM s', edges: ['s.a -> t.a direct', 's.a -> t.(a + 1) expression'] },
  { name: 'unnamed expression is _c<position> in Hive', dialect: 'hive', sql: 'INSERT INTO t SELECT a, a + 1 FROM s', edges: ['s.a -> t.a direct', 's.a -> t._c1 expression'] },
  { name: 'unnamed expression is EXPR$<position> in Flink', dialect: 'flink', sql: 'INSERT INTO t SELECT a, a + 1 FROM s', edges: ['s.a -> t.a direct', 's.a -> t.expr$1 expression'] },
  { name: 'qualified with alias', sql: 'INSERT INTO dws.t SELECT x.a FROM ods.src x', edges: ['ods.src.a -> dws.t.a direct'] },
  { name: 'qualified with db.table', sql: 'INSERT INTO dws.t SELECT ods.src.a FROM ods.src', edges: ['ods.src.a -> dws.t.a direct'] },
  { name: 'names are lower-cased', sql: 'INSERT INTO DWS.T SELECT A, Src.B AS Bee FROM ODS.SRC Src', edges: ['ods.src.a -> dws.t.a direct', 'ods.src.b -> dws.t.bee direct'], reads: ['ods.src'], writes: ['dws.t'] },
  { name: 'hive dialect aggregate', dialect: 'hive', sql: 'INSERT OVERWRITE TABLE t SELECT a, count(1) AS c, max(b) AS m FROM s GROUP BY a', edges: ['s.a -> t.a direct', 's.b -> t.m aggregate'] },
]);

lineageCases('lineage: filters', [
  { name: 'WHERE columns are filters', sql: "INSERT INTO t SELECT a FROM s WHERE b > 0 AND c = 'x'", edges: ['s.a -> t.a direct'], filters: ['s.b', 's.c'] },
  { name: 'a selected column is not a filter', sql: 'INSERT INTO t SELECT a FROM s WHERE a > 0', filters: [] },
  { name: 'GROUP BY keys not selected', sql: 'INSERT INTO t SELECT sum(v) AS total FROM s GROUP BY k, d', filters: ['s.d', 's.k'] },
  { name: 'HAVING', sql: 'INSERT INTO t SELECT k FROM s GROUP BY k HAVING count(u) > 1', filters: ['s.u'] },
  { name: 'QUALIFY', sql: 'INSERT INTO t SELECT a FROM s QUALIFY row_number() OVER (PARTITION BY k ORDER BY ts) = 1', filters: ['s.k', 's.ts'] },
  { name: 'IN list', sql: "INSERT INTO t SELECT a FROM s WHERE city IN ('bj', 'sh')", filters: ['s.city'] },
  { name: 'LIMIT is not a filter', sql: 'INSERT INTO t SELECT a FROM s LIMIT 10', edges: ['s.a -> t.a direct'], filters: [] },
  { name: 'select alias in GROUP BY', sql: 'INSERT INTO t SELECT substr(d, 1, 7) AS month, count(*) AS n FROM s GROUP BY month', edges: ['s.d -> t.month expression'], filters: [], warns: false },
  { name: 'select alias in HAVING', sql: 'INSERT INTO t SELECT k, sum(v) AS total FROM s GROUP BY k HAVING total > 10', filters: [], warns: false },
  { name: 'unresolvable column becomes ?.col', sql: 'INSERT INTO t SELECT x FROM a JOIN b ON a.id = b.id', edges: ['?.x -> t.x direct'], filters: ['a.id', 'b.id'], warns: true },
]);

lineageCases('lineage: insert targets and partitions', [
  { name: 'static partition has no source', sql: "INSERT OVERWRITE TABLE t PARTITION (p_date = '${date}') SELECT a FROM s WHERE p_date = '${date}'", edges: ['s.a -> t.a direct'], filters: ['s.p_date'], writes: ['t'] },
  { name: 'dynamic partition takes the trailing item', sql: 'INSERT OVERWRITE TABLE t PARTITION (p_date) SELECT a, dt FROM s', edges: ['s.a -> t.a direct', 's.dt -> t.p_date direct'] },
  { name: 'static then dynamic', sql: "INSERT OVERWRITE TABLE t PARTITION (p_date = '2024-01-01', hour) SELECT a, h FROM s", edges: ['s.a -> t.a direct', 's.h -> t.hour direct'] },
  { name: 'explicit column list', sql: 'INSERT INTO t (x, y) SELECT a, b + 1 FROM s', edges: ['s.a -> t.x direct', 's.b -> t.y expression'] },
  { name: 'positional by DDL with static partition', catalog: STS, sql: "INSERT OVERWRITE TABLE dws.t PARTITION (p_date = '${date}') SELECT a, b FROM ods.s", edges: ['ods.s.a -> dws.t.x direct', 'ods.s.b -> dws.t.y direct'] },
  { name: 'positional by DDL with dynamic partition', catalog: STS, sql: 'INSERT OVERWRITE TABLE dws.t PARTITION (p_date) SELECT a, b, p_date FROM ods.s', edges: ['ods.s.a -> dws.t.x direct', 'ods.s.b -> dws.t.y direct', 'ods.s.p_date -> dws.t.p_date direct'] },
  { name: 'positional by DDL without PARTITION clause', catalog: STS, sql: 'INSERT INTO dws.t SELECT a, b, p_date FROM ods.s', edges: ['ods.s.a -> dws.t.x direct', 'ods.s.b -> dws.t.y direct', 'ods.s.p_date -> dws.t.p_date direct'] },
  { name: 'catalog qualifies bare names', catalog: 'CREATE TABLE dwd.src (a INT);', sql: 'INSERT INTO x SELECT a FROM src', edges: ['dwd.src.a -> x.a direct'], reads: ['dwd.src'] },
  { name: 'catalog prefix is dropped', catalog: 'CREATE TABLE dwd.src (a INT);', sql: 'INSERT INTO x SELECT a FROM hive.dwd.src', edges: ['dwd.src.a -> x.a direct'], reads: ['dwd.src'] },
  { name: 'VALUES has no source', sql: "INSERT INTO t VALUES (1, 'a')", edges: [], reads: [], writes: ['t'] },
]);
