import { lineageCases } from './lineage-harness';

const DDL = 'CREATE TABLE dwd.t (a INT, b INT); CREATE TABLE ods.t (a INT, z INT); CREATE TABLE ods.u (k INT);';

lineageCases('lineage: USE', [
  { name: 'USE qualifies bare names without a catalog', sql: 'USE dwd;\nINSERT INTO t SELECT a FROM s', edges: ['dwd.s.a -> dwd.t.a direct'], reads: ['dwd.s'], writes: ['dwd.t'] },
  { name: 'a bare name resolves in the current database first', catalog: DDL, sql: 'USE dwd;\nINSERT INTO x SELECT a, b FROM t', edges: ['dwd.t.a -> dwd.x.a direct', 'dwd.t.b -> dwd.x.b direct'], reads: ['dwd.t'], writes: ['dwd.x'] },
  { name: 'another USE switches the database', catalog: DDL, sql: 'USE dwd;\nUSE ods;\nINSERT INTO x SELECT z FROM t', edges: ['ods.t.z -> ods.x.z direct'], reads: ['ods.t'] },
  { name: 'then the bare-name rule', catalog: DDL, sql: 'USE ads;\nINSERT INTO x SELECT k FROM u', edges: ['ods.u.k -> ads.x.k direct'], reads: ['ods.u'], writes: ['ads.x'] },
  { name: 'qualified names ignore USE', catalog: DDL, sql: 'USE dwd;\nINSERT INTO ads.x SELECT z FROM ods.t', edges: ['ods.t.z -> ads.x.z direct'] },
  { name: 'statements before USE are unaffected', sql: 'INSERT INTO t SELECT a FROM s;\nUSE dwd;\nINSERT INTO t SELECT a FROM s', edges: ['s.a -> t.a direct', 'dwd.s.a -> dwd.t.a direct'] },
  { name: 'CTEs still shadow tables', sql: 'USE dwd;\nINSERT INTO t WITH s AS (SELECT a FROM src) SELECT a FROM s', edges: ['dwd.src.a -> dwd.t.a direct'], reads: ['dwd.src'] },
  { name: 'CTAS lands in the current database and is found bare', sql: 'USE tmp;\nCREATE TABLE x AS SELECT a FROM s;\nINSERT INTO t SELECT a FROM x', edges: ['tmp.s.a -> tmp.x.a direct', 'tmp.x.a -> tmp.t.a direct'], reads: ['tmp.s', 'tmp.x'], writes: ['tmp.t', 'tmp.x'] },
  { name: 'temporary views stay unqualified', catalog: DDL, sql: 'USE dwd;\nCREATE TEMPORARY VIEW v AS SELECT a FROM t;\nINSERT INTO x SELECT a FROM v', edges: ['dwd.t.a -> v.a direct', 'v.a -> dwd.x.a direct'], reads: ['dwd.t', 'v'], writes: ['dwd.x', 'v'] },
  { name: 'a temporary view shadows a table of the current database', catalog: DDL, sql: 'CREATE TEMPORARY VIEW t AS SELECT k AS a FROM ods.u;\nUSE dwd;\nINSERT INTO x SELECT a FROM t', edges: ['ods.u.k -> t.a direct', 't.a -> dwd.x.a direct'] },
  { name: 'DROP and TRUNCATE name the table in the current database', sql: 'USE tmp;\nTRUNCATE TABLE x;\nDROP TABLE y', writes: ['tmp.x', 'tmp.y'] },
  { name: 'MERGE target in the current database', catalog: DDL, sql: 'USE dwd;\nMERGE INTO t USING ods.u s ON t.a = s.k WHEN MATCHED THEN UPDATE SET b = s.k', edges: ['ods.u.k -> dwd.t.b direct'], writes: ['dwd.t'] },
  { name: 'USE catalog.db takes the database', catalog: DDL, sql: 'USE hive.dwd;\nINSERT INTO x SELECT b FROM t', edges: ['dwd.t.b -> dwd.x.b direct'] },
  { name: 'Flink USE CATALOG then USE db', dialect: 'flink', catalog: DDL, sql: 'USE CATALOG hive;\nUSE dwd;\nINSERT INTO x SELECT b FROM t', edges: ['dwd.t.b -> dwd.x.b direct'], reads: ['dwd.t'] },
  { name: 'Flink USE CATALOG forgets the database', dialect: 'flink', sql: 'USE dwd;\nUSE CATALOG hive;\nINSERT INTO x SELECT b FROM s', edges: ['s.b -> x.b direct'] },
  { name: 'Flink temporary connector tables stay unqualified', dialect: 'flink', sql: "USE dwd;\nCREATE TEMPORARY TABLE src (uid BIGINT) WITH ('connector' = 'kafka');\nINSERT INTO sink SELECT uid FROM src", edges: ['src.uid -> dwd.sink.uid direct'], reads: ['src'] },
]);
