import assert from 'node:assert/strict';
import type { Dialect, Statement } from '../../src/sql';
import { one } from './helpers';

/** A statement as plain data: nested nodes become their source text, spans are dropped. */
function brief(stmt: Statement, text: string): unknown {
  return JSON.parse(JSON.stringify(stmt, function (key, v) {
    if (key === 'start' || key === 'end') return undefined;
    if (v && typeof v === 'object' && v !== stmt && typeof v.kind === 'string' && typeof v.start === 'number') return text.slice(v.start, v.end);
    return v;
  }));
}

type Case = [Dialect[], string, Record<string, unknown>];

const all: Dialect[] = ['spark', 'hive', 'flink'];
const sparkHive: Dialect[] = ['spark', 'hive'];

/** Each statement form, in the dialects whose reference grammar accepts it, with its tree. */
const cases: Case[] = [
  [sparkHive, 'UPDATE t SET a = 1 WHERE b = 2', { kind: 'Update', table: 't', assignments: [{ column: ['a'], value: '1' }], where: 'b = 2' }],
  [['spark'], 'UPDATE db.t AS x SET a = 1, x.b = x.c + 1', { kind: 'Update', table: 'db.t', alias: 'x', assignments: [{ column: ['a'], value: '1' }, { column: ['x', 'b'], value: 'x.c + 1' }] }],
  [sparkHive, 'DELETE FROM t WHERE b IN (SELECT b FROM u)', { kind: 'Delete', table: 't', where: 'b IN (SELECT b FROM u)' }],
  [sparkHive, 'DELETE FROM t', { kind: 'Delete', table: 't' }],
  [['spark'], 'DELETE FROM t AS x WHERE x.b = 1', { kind: 'Delete', table: 't', alias: 'x', where: 'x.b = 1' }],
  [sparkHive, "LOAD DATA LOCAL INPATH '/tmp/x' OVERWRITE INTO TABLE t PARTITION (p = '1')", { kind: 'LoadData', local: true, path: '/tmp/x', overwrite: true, table: 't', partition: ["p = '1'"] }],
  [sparkHive, "LOAD DATA INPATH '/x' INTO TABLE db.t", { kind: 'LoadData', local: false, path: '/x', overwrite: false, table: 'db.t', partition: [] }],
  [sparkHive, "INSERT OVERWRITE LOCAL DIRECTORY '/tmp/x' ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' SELECT * FROM t", { kind: 'InsertDirectory', local: true, path: '/tmp/x', options: [], query: 'SELECT * FROM t' }],
  [sparkHive, "INSERT OVERWRITE DIRECTORY '/x' STORED AS ORC SELECT a FROM t", { kind: 'InsertDirectory', local: false, path: '/x', format: 'ORC', options: [], query: 'SELECT a FROM t' }],
  [['spark'], "INSERT OVERWRITE DIRECTORY USING parquet OPTIONS (path '/x', 'compression' 'snappy') SELECT a FROM t", { kind: 'InsertDirectory', local: false, path: '/x', format: 'parquet', options: ["path '/x'", "'compression' 'snappy'"], query: 'SELECT a FROM t' }],
  [all, "CREATE TEMPORARY FUNCTION f AS 'com.x.F'", { kind: 'FunctionStatement', action: 'CREATE', temporary: true, ifNotExists: false, name: 'f', className: 'com.x.F', resources: [] }],
  [['spark', 'flink'], "CREATE FUNCTION IF NOT EXISTS db.f AS 'com.x.F' USING JAR '/x.jar'", { kind: 'FunctionStatement', action: 'CREATE', temporary: false, ifNotExists: true, name: 'db.f', className: 'com.x.F', resources: [{ type: 'JAR', uri: '/x.jar' }] }],
  [['spark'], "CREATE OR REPLACE FUNCTION f AS 'c' USING JAR 'a.jar', FILE 'b'", { kind: 'FunctionStatement', action: 'CREATE', temporary: false, ifNotExists: false, name: 'f', className: 'c', resources: [{ type: 'JAR', uri: 'a.jar' }, { type: 'FILE', uri: 'b' }] }],
  [['flink'], "CREATE TEMPORARY SYSTEM FUNCTION f AS 'com.x' LANGUAGE JAVA", { kind: 'FunctionStatement', action: 'CREATE', temporary: true, ifNotExists: false, name: 'f', className: 'com.x', resources: [] }],
  // Spark 3.4 SQL functions, which the reference grammar lacks: the body is skipped.
  [['spark'], 'CREATE FUNCTION area(x DOUBLE, y DOUBLE) RETURNS DOUBLE RETURN x * y', { kind: 'FunctionStatement', action: 'CREATE', temporary: false, ifNotExists: false, name: 'area', resources: [] }],
  [['flink'], "ALTER TEMPORARY FUNCTION f AS 'x'", { kind: 'FunctionStatement', action: 'ALTER', temporary: true, ifNotExists: false, name: 'f', className: 'x', resources: [] }],
  [all, 'DROP FUNCTION IF EXISTS f', { kind: 'DropStatement', objectType: 'FUNCTION', ifExists: true, name: 'f' }],
  [sparkHive, "CREATE DATABASE IF NOT EXISTS db COMMENT 'c' LOCATION '/x' WITH DBPROPERTIES ('a' = 'b')", { kind: 'DatabaseStatement', action: 'CREATE', objectType: 'DATABASE', ifNotExists: true, name: 'db', comment: 'c', location: '/x', properties: ["'a' = 'b'"] }],
  [sparkHive, 'CREATE SCHEMA db', { kind: 'DatabaseStatement', action: 'CREATE', objectType: 'DATABASE', ifNotExists: false, name: 'db', properties: [] }],
  [['flink'], "CREATE DATABASE IF NOT EXISTS cat.db COMMENT 'x' WITH ('k' = 'v')", { kind: 'DatabaseStatement', action: 'CREATE', objectType: 'DATABASE', ifNotExists: true, name: 'cat.db', comment: 'x', properties: ["'k' = 'v'"] }],
  [sparkHive, "ALTER DATABASE db SET DBPROPERTIES ('a' = 'b')", { kind: 'DatabaseStatement', action: 'ALTER', objectType: 'DATABASE', ifNotExists: false, name: 'db', properties: ["'a' = 'b'"] }],
  [sparkHive, "ALTER DATABASE db SET LOCATION '/x'", { kind: 'DatabaseStatement', action: 'ALTER', objectType: 'DATABASE', ifNotExists: false, name: 'db', location: '/x', properties: [] }],
  [['hive'], 'ALTER SCHEMA db SET OWNER USER u', { kind: 'DatabaseStatement', action: 'ALTER', objectType: 'DATABASE', ifNotExists: false, name: 'db', properties: [] }],
  [['flink'], "ALTER DATABASE db SET ('k' = 'v')", { kind: 'DatabaseStatement', action: 'ALTER', objectType: 'DATABASE', ifNotExists: false, name: 'db', properties: ["'k' = 'v'"] }],
  [all, 'DROP DATABASE IF EXISTS db CASCADE', { kind: 'DropStatement', objectType: 'DATABASE', ifExists: true, name: 'db' }],
  [['flink'], "CREATE CATALOG c WITH ('type' = 'hive')", { kind: 'DatabaseStatement', action: 'CREATE', objectType: 'CATALOG', ifNotExists: false, name: 'c', properties: ["'type' = 'hive'"] }],
  // Flink 1.18+ documents ALTER CATALOG; the reference grammar lacks it.
  [['flink'], "ALTER CATALOG c SET ('k' = 'v')", { kind: 'DatabaseStatement', action: 'ALTER', objectType: 'CATALOG', ifNotExists: false, name: 'c', properties: ["'k' = 'v'"] }],
  [['flink'], 'DROP CATALOG IF EXISTS c', { kind: 'DropStatement', objectType: 'CATALOG', ifExists: true, name: 'c' }],
  [['hive'], 'ALTER INDEX idx ON t REBUILD', { kind: 'AlterObject', objectType: 'INDEX', name: 'idx', table: 't', action: 'REBUILD' }],
  [['hive'], 'ALTER MATERIALIZED VIEW db.mv REBUILD', { kind: 'AlterObject', objectType: 'MATERIALIZED VIEW', name: 'db.mv', action: 'REBUILD' }],
  [sparkHive, 'ALTER MATERIALIZED VIEW mv ENABLE REWRITE', { kind: 'AlterObject', objectType: 'MATERIALIZED VIEW', name: 'mv', action: 'ENABLE' }],
  [sparkHive, "ALTER TABLE t2 EXCHANGE PARTITION (p = '1') WITH TABLE t1", { kind: 'AlterTable', name: 't2', view: false, action: 'EXCHANGE PARTITION', newName: 't1', columns: [], partitions: [["p = '1'"]] }],
  [['flink'], 'ALTER TABLE IF EXISTS a RENAME TO b', { kind: 'AlterTable', name: 'a', view: false, action: 'RENAME', newName: 'b', columns: [], partitions: [] }],
  [['spark'], "INSERT OVERWRITE DIRECTORY '/x' USING parquet OPTIONS (col1 1, col2 'test') SELECT a FROM t", { kind: 'InsertDirectory', local: false, path: '/x', format: 'parquet', options: ['col1 1', "col2 'test'"], query: 'SELECT a FROM t' }],
  [['spark'], 'DROP TEMPORARY VARIABLE var1', { kind: 'DropStatement', objectType: 'OTHER', ifExists: false }],
  [all, "SHOW TABLES IN db LIKE 'a*'", { kind: 'ShowStatement', what: 'TABLES', database: 'db', pattern: 'a*' }],
  [all, 'SHOW DATABASES', { kind: 'ShowStatement', what: 'DATABASES' }],
  [sparkHive, "SHOW PARTITIONS db.t PARTITION (p = '1')", { kind: 'ShowStatement', what: 'PARTITIONS', name: 'db.t' }],
  [all, 'SHOW COLUMNS FROM t', { kind: 'ShowStatement', what: 'COLUMNS', name: 't' }],
  [sparkHive, 'SHOW COLUMNS IN t IN db', { kind: 'ShowStatement', what: 'COLUMNS', name: 't', database: 'db' }],
  [all, 'SHOW CREATE TABLE t', { kind: 'ShowStatement', what: 'CREATE TABLE', name: 't' }],
  [['flink'], 'SHOW CREATE VIEW v', { kind: 'ShowStatement', what: 'CREATE VIEW', name: 'v' }],
  [sparkHive, "SHOW TBLPROPERTIES t ('k')", { kind: 'ShowStatement', what: 'TBLPROPERTIES', name: 't' }],
  [sparkHive, "SHOW TABLE EXTENDED IN db LIKE 'a' PARTITION (p = '1')", { kind: 'ShowStatement', what: 'TABLE EXTENDED', database: 'db', pattern: 'a' }],
  [['spark', 'flink'], 'SHOW USER FUNCTIONS', { kind: 'ShowStatement', what: 'USER FUNCTIONS' }],
  [['spark', 'flink'], 'SHOW CURRENT DATABASE', { kind: 'ShowStatement', what: 'CURRENT DATABASE' }],
  [['hive'], 'SHOW INDEX ON t', { kind: 'ShowStatement', what: 'INDEX', name: 't' }],
  [['hive'], "SHOW CONF 'hive.x'", { kind: 'ShowStatement', what: 'CONF' }],
  [['hive'], "SHOW PARTITIONS db.t PARTITION (ds = '1') WHERE hr >= 10 ORDER BY hr DESC LIMIT 10", { kind: 'ShowStatement', what: 'PARTITIONS', name: 'db.t' }],
  [['flink'], "SHOW COLUMNS FROM orders NOT LIKE 'use_'", { kind: 'ShowStatement', what: 'COLUMNS', name: 'orders', pattern: 'use_' }],
  [['hive'], "SHOW COLUMNS IN foo IN db LIKE 'col*'", { kind: 'ShowStatement', what: 'COLUMNS', name: 'foo', database: 'db', pattern: 'col*' }],
  [['spark'], 'SHOW SYSTEM FUNCTIONS concat', { kind: 'ShowStatement', what: 'SYSTEM FUNCTIONS', pattern: 'concat' }],
  [['hive'], 'SHOW TABLE EXTENDED LIKE part_table', { kind: 'ShowStatement', what: 'TABLE EXTENDED', pattern: 'part_table' }],
  [['spark'], 'SHOW TBLPROPERTIES customer (created.by.user)', { kind: 'ShowStatement', what: 'TBLPROPERTIES', name: 'customer' }],
  // Hive documents SHOW PROCESSLIST, which the reference grammar lacks: an unknown listing is kept.
  [['hive'], 'SHOW PROCESSLIST', { kind: 'ShowStatement', what: 'PROCESSLIST' }],
  [all, 'DESCRIBE t', { kind: 'DescribeStatement', objectType: 'TABLE', name: 't', partition: [] }],
  [all, 'DESC db.t', { kind: 'DescribeStatement', objectType: 'TABLE', name: 'db.t', partition: [] }],
  [sparkHive, 'DESCRIBE FORMATTED db.t col', { kind: 'DescribeStatement', objectType: 'TABLE', modifier: 'FORMATTED', name: 'db.t', column: 'col', partition: [] }],
  [['spark'], 'DESCRIBE TABLE EXTENDED t a.b', { kind: 'DescribeStatement', objectType: 'TABLE', modifier: 'EXTENDED', name: 't', column: 'a.b', partition: [] }],
  [sparkHive, "DESC t PARTITION (p = '1')", { kind: 'DescribeStatement', objectType: 'TABLE', name: 't', partition: ["p = '1'"] }],
  [sparkHive, 'DESCRIBE DATABASE EXTENDED db', { kind: 'DescribeStatement', objectType: 'DATABASE', modifier: 'EXTENDED', name: 'db', partition: [] }],
  [sparkHive, 'DESCRIBE FUNCTION EXTENDED f', { kind: 'DescribeStatement', objectType: 'FUNCTION', modifier: 'EXTENDED', name: 'f', partition: [] }],
  [all, 'DESCRIBE QUERY SELECT a FROM t', { kind: 'DescribeStatement', objectType: 'QUERY', partition: [], query: 'SELECT a FROM t' }],
  [['spark'], 'DESC QUERY TABLE person', { kind: 'DescribeStatement', objectType: 'QUERY', name: 'person', partition: [] }],
  [['spark'], 'DESCRIBE FROM person SELECT age', { kind: 'DescribeStatement', objectType: 'QUERY', partition: [], query: 'FROM person SELECT age' }],
  // Spark 4 documents `AS JSON`, which the reference grammar lacks.
  [['spark'], 'DESC EXTENDED t AS JSON', { kind: 'DescribeStatement', objectType: 'TABLE', modifier: 'EXTENDED', name: 't', partition: [] }],
  [['spark', 'hive'], 'EXPLAIN INSERT INTO t SELECT a FROM s', { kind: 'ExplainStatement', statement: 'INSERT INTO t SELECT a FROM s' }],
  [['flink'], 'EXPLAIN ESTIMATED_COST, CHANGELOG_MODE INSERT INTO t SELECT a FROM s', { kind: 'ExplainStatement', statement: 'INSERT INTO t SELECT a FROM s' }],
  [['flink'], 'EXPLAIN PLAN FOR INSERT INTO t SELECT a FROM s', { kind: 'ExplainStatement', statement: 'INSERT INTO t SELECT a FROM s' }],
  [sparkHive, 'ANALYZE TABLE t COMPUTE STATISTICS', { kind: 'AnalyzeStatement', name: 't', allTables: false, partition: [], columns: [] }],
  [sparkHive, "ANALYZE TABLE t PARTITION (p = '1') COMPUTE STATISTICS NOSCAN", { kind: 'AnalyzeStatement', name: 't', allTables: false, partition: ["p = '1'"], columns: [] }],
  [sparkHive, 'ANALYZE TABLE t COMPUTE STATISTICS FOR COLUMNS a, b', { kind: 'AnalyzeStatement', name: 't', allTables: false, partition: [], columns: ['a', 'b'] }],
  [['spark'], 'ANALYZE TABLE t COMPUTE STATISTICS FOR ALL COLUMNS', { kind: 'AnalyzeStatement', name: 't', allTables: false, partition: [], columns: [] }],
  [['spark'], 'ANALYZE TABLES IN db COMPUTE STATISTICS', { kind: 'AnalyzeStatement', name: 'db', allTables: true, partition: [], columns: [] }],
  [sparkHive, 'MSCK REPAIR TABLE t SYNC PARTITIONS', { kind: 'CommandStatement', command: 'MSCK REPAIR TABLE', name: 't', args: ['SYNC', 'PARTITIONS'] }],
  [['hive'], 'MSCK TABLE t', { kind: 'CommandStatement', command: 'MSCK TABLE', name: 't', args: [] }],
  [['spark'], 'REFRESH TABLE db.t', { kind: 'CommandStatement', command: 'REFRESH TABLE', name: 'db.t', args: [] }],
  [['spark'], "REFRESH '/data/x'", { kind: 'CommandStatement', command: 'REFRESH', args: ['/data/x'] }],
  [['spark'], 'REFRESH hdfs://nn/data/x', { kind: 'CommandStatement', command: 'REFRESH', args: ['hdfs://nn/data/x'] }],
  [['spark'], 'REPAIR TABLE t', { kind: 'CommandStatement', command: 'REPAIR TABLE', name: 't', args: [] }],
  [['spark'], 'LIST JAR /a.jar', { kind: 'CommandStatement', command: 'LIST JAR', args: ['/a.jar'] }],
  [['spark'], 'REFRESH FUNCTION f', { kind: 'CommandStatement', command: 'REFRESH FUNCTION', name: 'f', args: [] }],
  [['spark'], 'CACHE LAZY TABLE t', { kind: 'CommandStatement', command: 'CACHE LAZY TABLE', name: 't', args: [] }],
  [['spark'], 'UNCACHE TABLE IF EXISTS t', { kind: 'CommandStatement', command: 'UNCACHE TABLE', name: 't', args: [] }],
  [['spark'], 'CLEAR CACHE', { kind: 'CommandStatement', command: 'CLEAR CACHE', args: [] }],
  [['spark'], 'ADD FILE /tmp/x.py', { kind: 'CommandStatement', command: 'ADD FILE', args: ['/tmp/x.py'] }],
  [['spark'], "ADD FILES '/a' '/b'", { kind: 'CommandStatement', command: 'ADD FILES', args: ['/a', '/b'] }],
  [['spark'], "ADD ARCHIVE '/x.zip'", { kind: 'CommandStatement', command: 'ADD ARCHIVE', args: ['/x.zip'] }],
  [['spark'], 'LIST FILE', { kind: 'CommandStatement', command: 'LIST FILE', args: [] }],
  [['spark', 'flink'], 'RESET', { kind: 'SessionStatement', action: 'RESET', modules: [], options: [], full: false }],
  [['spark'], 'RESET spark.sql.shuffle.partitions', { kind: 'SessionStatement', action: 'RESET', key: 'spark.sql.shuffle.partitions', modules: [], options: [], full: false }],
  [['flink'], "RESET 'table.exec.x'", { kind: 'SessionStatement', action: 'RESET', key: 'table.exec.x', modules: [], options: [], full: false }],
];

describe('sql statement kinds', () => {
  for (const [dialects, text, expected] of cases) {
    it(`parses ${text}`, () => {
      for (const d of dialects) {
        const stmt = one(text, d);
        assert.deepEqual(brief(stmt, text), expected, d);
        assert.deepEqual([stmt.start, stmt.end], [0, text.length], d);
      }
    });
  }
});
