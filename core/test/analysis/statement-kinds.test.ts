import assert from 'node:assert/strict';
import { analyzeScript, lineage } from '../../src/analysis';
import { parse, type Dialect } from '../../src/sql';
import { catalogFrom } from './lineage-harness';

/** [dialect, statement, reads, writes]: every statement kind, each dialect form, exactly. */
const kinds: [Dialect, string, string[], string[]][] = [
  ['spark', 'SELECT a FROM s WHERE b IN (SELECT b FROM u)', ['s', 'u'], []],
  ['spark', 'WITH c AS (SELECT a FROM s) SELECT a FROM c', ['s'], []],
  ['spark', 'EXPLAIN SELECT a FROM s', ['s'], []],
  ['spark', 'INSERT INTO t SELECT a FROM s', ['s'], ['t']],
  ['flink', 'EXPLAIN PLAN FOR INSERT INTO t SELECT a FROM s', [], []],
  ['spark', 'EXPLAIN CREATE TABLE x AS SELECT a FROM s', [], []],
  ['hive', "INSERT OVERWRITE TABLE db.t PARTITION (p = '1') SELECT a FROM s", ['s'], ['db.t']],
  ['hive', 'FROM s INSERT OVERWRITE TABLE a SELECT x INSERT INTO TABLE b SELECT y', ['s'], ['a', 'b']],
  ['hive', "FROM s INSERT OVERWRITE TABLE a SELECT x INSERT OVERWRITE DIRECTORY '/d' SELECT y", ['s'], ['a', "directory:'/d'"]],
  ['hive', 'RELOAD FUNCTIONS', [], []],
  ['hive', 'DESCRIBE CONNECTOR c', [], []],
  ['flink', 'EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT x FROM s; INSERT INTO b SELECT y FROM u; END', ['s', 'u'], ['a', 'b']],
  ['spark', "INSERT OVERWRITE DIRECTORY '/out/x' USING parquet SELECT a FROM s", ['s'], ["directory:'/out/x'"]],
  ['spark', "INSERT OVERWRITE DIRECTORY USING csv OPTIONS (path '/out/y') SELECT a FROM s", ['s'], ["directory:'/out/y'"]],
  ['hive', "INSERT OVERWRITE LOCAL DIRECTORY '/tmp/x' ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' SELECT a FROM s JOIN u ON s.k = u.k", ['s', 'u'], ["local-directory:'/tmp/x'"]],
  ['spark', 'UPDATE t SET a = 1 WHERE b = 2', ['t'], ['t']],
  ['spark', 'UPDATE t AS x SET a = (SELECT max(v) FROM u WHERE u.k = x.k)', ['t', 'u'], ['t']],
  ['hive', 'DELETE FROM t WHERE b = 2', ['t'], ['t']],
  ['spark', 'DELETE FROM db.t WHERE k IN (SELECT k FROM u)', ['db.t', 'u'], ['db.t']],
  ['spark', 'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v', ['s'], ['t']],
  ['hive', 'MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v)', ['s'], ['t']],
  ['hive', "LOAD DATA LOCAL INPATH '/tmp/x' OVERWRITE INTO TABLE db.t PARTITION (p = '1')", [], ['db.t']],
  ['spark', "LOAD DATA INPATH '/x' INTO TABLE t", [], ['t']],
  ['spark', 'CREATE TABLE t (a INT)', [], []],
  ['spark', 'CREATE TABLE t AS SELECT a FROM s', ['s'], ['t']],
  ['hive', 'CREATE TABLE t LIKE db.base', ['db.base'], []],
  ['flink', "CREATE TABLE t (c INT) WITH ('connector' = 'x') LIKE base (EXCLUDING OPTIONS)", ['base'], []],
  ['spark', 'CREATE VIEW v AS SELECT a FROM s', ['s'], ['v']],
  ['spark', 'CACHE TABLE c AS SELECT a FROM s', ['s'], ['c']],
  ['spark', 'CACHE TABLE s', ['s'], []],
  ['spark', 'UNCACHE TABLE s', [], []],
  ['spark', 'DROP TABLE IF EXISTS t', [], ['t']],
  ['spark', 'DROP VIEW v', [], ['v']],
  ['spark', 'TRUNCATE TABLE t', [], ['t']],
  ['spark', 'ALTER TABLE a RENAME TO b', [], ['b']],
  ['hive', "ALTER TABLE t ADD PARTITION (p = '1')", [], ['t']],
  ['hive', "ALTER TABLE t DROP IF EXISTS PARTITION (p = '1')", [], ['t']],
  ['hive', "ALTER TABLE a EXCHANGE PARTITION (p = '1') WITH TABLE b", ['b'], ['a']],
  ['spark', "ALTER TABLE t SET TBLPROPERTIES ('k' = 'v')", [], []],
  ['hive', 'ALTER MATERIALIZED VIEW mv REBUILD', [], ['mv']],
  ['hive', 'ALTER MATERIALIZED VIEW mv DISABLE REWRITE', [], []],
  ['hive', 'ALTER INDEX i ON t REBUILD', [], []],
  ['hive', "CREATE TEMPORARY FUNCTION f AS 'com.x.F'", [], []],
  ['spark', "CREATE FUNCTION db.f AS 'com.x.F' USING JAR '/x.jar'", [], []],
  ['flink', "ALTER FUNCTION f AS 'com.x.G'", [], []],
  ['spark', 'DROP FUNCTION IF EXISTS f', [], []],
  ['hive', "CREATE DATABASE IF NOT EXISTS db LOCATION '/x' WITH DBPROPERTIES ('a' = 'b')", [], []],
  ['hive', "ALTER DATABASE db SET DBPROPERTIES ('a' = 'b')", [], []],
  ['spark', 'DROP DATABASE db CASCADE', [], []],
  ['flink', "CREATE CATALOG c WITH ('type' = 'hive')", [], []],
  ['flink', 'DROP CATALOG c', [], []],
  ['spark', 'SHOW TABLES IN db', [], []],
  ['spark', 'SHOW PARTITIONS t', [], []],
  ['flink', 'SHOW CREATE TABLE t', [], []],
  ['spark', 'DESCRIBE FORMATTED t a', [], []],
  ['spark', 'DESCRIBE QUERY SELECT a FROM s', [], []],
  ['hive', 'DESCRIBE DATABASE db', [], []],
  ['hive', 'ANALYZE TABLE t PARTITION (p) COMPUTE STATISTICS FOR COLUMNS a, b', ['t'], []],
  ['spark', 'ANALYZE TABLES IN db COMPUTE STATISTICS', [], []],
  ['hive', 'MSCK REPAIR TABLE t', [], ['t']],
  ['spark', 'REFRESH TABLE t', [], []],
  ['spark', 'CLEAR CACHE', [], []],
  ['spark', "ADD FILE '/x.py'", [], []],
  ['spark', 'RESET', [], []],
  ['spark', 'SET spark.sql.shuffle.partitions = 10', [], []],
  ['spark', 'USE db', [], []],
  ['spark', 'CREATE TABLE t USING parquet (SELECT a FROM s)', ['s'], ['t']],
  ['spark', 'INSERT INTO t FROM s SELECT a', ['s'], ['t']],
  ['flink', 'EXECUTE INSERT INTO t SELECT a FROM s', ['s'], ['t']],
  ['flink', "COMPILE PLAN '/p.json' FOR INSERT INTO t SELECT a FROM s", [], []],
  ['flink', "COMPILE AND EXECUTE PLAN '/p.json' FOR STATEMENT SET BEGIN INSERT INTO a SELECT x FROM s; INSERT INTO b SELECT y FROM u; END", ['s', 'u'], ['a', 'b']],
  ['flink', "EXECUTE PLAN '/p.json'", [], []],
  ['spark', 'DECLARE OR REPLACE VARIABLE v INT DEFAULT 1', [], []],
  ['spark', 'SET VAR (a, b) = (SELECT max(x), min(x) FROM s)', [], []],
  ['spark', "EXECUTE IMMEDIATE 'INSERT INTO t SELECT 1' USING 5 AS first", [], []],
];

describe('statement kinds: reads and writes', () => {
  for (const [dialect, sql, reads, writes] of kinds) {
    it(`${dialect}: ${sql}`, () => {
      const script = parse(sql, dialect);
      assert.deepEqual(script.errors, []);
      const result = lineage(script);
      assert.equal(result.statements.length, script.statements[0].kind === 'StatementSet' ? 2 : 1);
      assert.deepEqual([result.reads, result.writes], [reads, writes]);
    });
  }
});

const DDL = 'CREATE TABLE t (x INT, y INT, z INT); CREATE TABLE u (k INT, v INT); CREATE TABLE sales (x INT) PARTITIONED BY (p_date STRING, hr STRING);';

/** Diagnostics of `sql` in project mode (the catalog holds `t`, `u` and the partitioned `sales`), as [code, message, spanned text]. */
function problems(sql: string, dialect: Dialect = 'spark'): [string, string, string][] {
  const { diagnostics } = analyzeScript(parse(sql, dialect), { catalog: catalogFrom(DDL) });
  return diagnostics.map((d) => [d.code, d.message, sql.slice(d.start, d.end)]);
}

describe('statement kinds: names checked against the catalog', () => {
  const cases: [string, [string, string, string][]][] = [
    ['UPDATE t SET x = 1 WHERE bogus = 2', [['unknown-column', "unknown column 'bogus'", 'bogus']]],
    ['UPDATE t SET w = 1', [['unknown-column', "unknown column 'w' in 't'; did you mean 'x'?", 'w']]],
    ['UPDATE t a SET a.xx = a.y', [['unknown-column', "unknown column 'xx' in 't'; did you mean 'x'?", 'xx']]],
    ['UPDATE t SET x = (SELECT max(v) FROM u WHERE u.k = t.y)', []],
    ['UPDATE tt SET x = 1', [['unknown-table', "unknown table 'tt'; did you mean 't'?", 'tt']]],
    ['MERGE INTO t USING u ON t.x = u.k WHEN MATCHED THEN UPDATE SET t.zz = u.v', [['unknown-column', "unknown column 'zz' in 't'; did you mean 'z'?", 'zz']]],
    ['DELETE FROM t WHERE q = 1', [['unknown-column', "unknown column 'q'; did you mean 'x'?", 'q']]],
    ['DESCRIBE nope', [['unknown-table', "unknown table 'nope'", 'nope']]],
    ['DESCRIBE t w', [['unknown-column', "unknown column 'w'; did you mean 'x'?", 'w']]],
    ['SHOW PARTITIONS nope', [['unknown-table', "unknown table 'nope'", 'nope']]],
    ['SHOW TABLES IN nope', []],
    ['ANALYZE TABLE t COMPUTE STATISTICS FOR COLUMNS x, bogus', [['unknown-column', "unknown column 'bogus'", 'bogus']]],
    ["LOAD DATA INPATH '/x' INTO TABLE nope", [['unknown-table', "unknown table 'nope'", 'nope']]],
    ['EXPLAIN INSERT INTO nope SELECT x FROM t', [['unknown-table', "unknown table 'nope'", 'nope']]],
    ['CREATE TABLE n LIKE nope', [['unknown-table', "unknown table 'nope'", 'nope']]],
    ["ALTER TABLE sales EXCHANGE PARTITION (p_date = '1') WITH TABLE nope", [['unknown-table', "unknown table 'nope'", 'nope']]],
    ["INSERT OVERWRITE TABLE sales PARTITION (p_dat = '1', hr = '0') SELECT 1", [['unknown-column', "unknown column 'p_dat' in 'sales'; did you mean 'p_date'?", 'p_dat']]],
    ['INSERT INTO t (x, yy, z) VALUES (1, 2, 3)', [['unknown-column', "unknown column 'yy' in 't'; did you mean 'y'?", 'yy']]],
    // PARTITION clauses outside INSERT name partition columns of the table.
    ["LOAD DATA INPATH '/x' INTO TABLE sales PARTITION (p_dat = '1', hr = '0')", [['unknown-column', "unknown partition column 'p_dat' in 'sales'; did you mean 'p_date'?", 'p_dat']]],
    ["ALTER TABLE sales DROP IF EXISTS PARTITION (p_date = '1'), PARTITION (x = 1)", [['unknown-column', "'x' is not a partition column of 'sales' (partitioned by p_date, hr)", 'x']]],
    ["ALTER TABLE sales ADD PARTITION (p_date = '1', hr = '0')", []],
    ["TRUNCATE TABLE sales PARTITION (hour = '0')", [['unknown-column', "unknown partition column 'hour' in 'sales'; did you mean 'hr'?", 'hour']]],
    ["TRUNCATE TABLE t PARTITION (p_date = '1')", [['unknown-column', "PARTITION clause on 't', which is not partitioned", 'p_date']]],
    ["ANALYZE TABLE sales PARTITION (p_date = '1', hr) COMPUTE STATISTICS", []],
    ["ANALYZE TABLE sales PARTITION (pdate) COMPUTE STATISTICS", [['unknown-column', "unknown partition column 'pdate' in 'sales'; did you mean 'p_date'?", 'pdate']]],
  ];
  for (const [sql, expected] of cases) {
    it(sql, () => assert.deepEqual(problems(sql), expected));
  }

  it('maps UPDATE SET values to the written columns', () => {
    const result = lineage(parse('UPDATE t SET x = y + 1, z = (SELECT max(v) FROM u) WHERE y > 0', 'spark'), { catalog: catalogFrom(DDL) });
    assert.deepEqual(result.edges.map((e) => `${e.source} -> ${e.target} ${e.kind}`), ['t.y -> t.x expression', 'u.v -> t.z aggregate']);
    assert.deepEqual(result.statements[0].filters, []);
  });

  it('feeds MERGE INSERT VALUES without a column list into t.* when the target has no DDL', () => {
    const result = lineage(parse('MERGE INTO m USING s ON m.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v + 1)', 'hive'));
    assert.deepEqual(result.edges.map((e) => `${e.source} -> ${e.target} ${e.kind}`), ['s.id -> m.* direct', 's.v -> m.* expression']);
  });
});
