import assert from 'node:assert/strict';
import { parse, type CommandStatement, type CreateTable, type CreateView, type DatabaseStatement, type DescribeStatement, type Dialect, type FunctionCall, type MultiInsert, type ShowStatement } from '../../src/sql';
import { one, select } from './helpers';

function errors(sql: string, dialect: Dialect): string[] {
  return parse(sql, dialect).errors.map((e) => `${e.message} @${e.start}`);
}

describe('sql Hive 4 statements', () => {
  it('CREATE MANAGED TABLE is a table (Hive only)', () => {
    const sql = "CREATE MANAGED TABLE m (id INT) CLUSTERED BY (id) INTO 4 BUCKETS STORED BY 'org.x.Handler'";
    const table = one(sql, 'hive') as CreateTable;
    assert.deepEqual([table.kind, table.name.parts[0].name, table.external, table.storedAs, table.end], ['CreateTable', 'm', false, 'org.x.Handler', sql.length]);
    assert.deepEqual(errors('CREATE MANAGED TABLE m (id INT)', 'spark'), ["unexpected 'MANAGED', expected what to create (TABLE, VIEW, FUNCTION, DATABASE, SCHEMA, CATALOG, ...) @7"]);
  });

  it('STORED BY ICEBERG names the built-in storage handler; a later STORED AS sets the file format', () => {
    assert.equal((one("CREATE TABLE t (id INT) STORED BY ICEBERG TBLPROPERTIES ('format-version'='2')", 'hive') as CreateTable).storedAs, 'ICEBERG');
    assert.equal((one('CREATE TABLE t (id INT) STORED BY ICEBERG STORED AS ORC', 'hive') as CreateTable).storedAs, 'ORC');
    assert.deepEqual(errors('CREATE TABLE t (id INT) STORED BY ICEBERG', 'spark'), ["unexpected 'ICEBERG', expected a string literal @34"]);
  });

  it('ROW FORMAT ... NULL DEFINED AS keeps its AS: no CTAS query follows', () => {
    const table = one("CREATE TABLE t (a STRING) ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' NULL DEFINED AS 'x' STORED AS TEXTFILE", 'spark') as CreateTable;
    assert.deepEqual([table.rowFormat, table.storedAs, table.asQuery], ["ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' NULL DEFINED AS 'x'", 'TEXTFILE', undefined]);
  });

  it('CREATE REMOTE DATABASE|SCHEMA is a database statement (Hive only)', () => {
    const db = one("CREATE REMOTE SCHEMA IF NOT EXISTS mydb COMMENT 'c' MANAGEDLOCATION '/in'", 'hive') as DatabaseStatement;
    assert.deepEqual([db.kind, db.action, db.objectType, db.ifNotExists, db.name.parts[0].name, db.comment, db.location], ['DatabaseStatement', 'CREATE', 'DATABASE', true, 'mydb', 'c', '/in']);
    const remote = one("CREATE REMOTE DATABASE db USING conn WITH DBPROPERTIES ('connector.remoteDbName'='x')", 'hive') as DatabaseStatement;
    assert.deepEqual([remote.name.parts[0].name, remote.properties.map((p) => p.value)], ['db', ['x']]);
    assert.deepEqual(errors('CREATE REMOTE DATABASE mydb', 'flink'), ["unexpected 'REMOTE', expected what to create (TABLE, VIEW, FUNCTION, DATABASE, SCHEMA, CATALOG, ...) @7"]);
  });

  it('CREATE MATERIALIZED VIEW takes the storage clauses in any order before AS', () => {
    const sql = `CREATE MATERIALIZED VIEW IF NOT EXISTS mv DISABLE REWRITE COMMENT 'c' PARTITIONED ON (dt)
      ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' STORED AS ORC LOCATION '/mv' TBLPROPERTIES ('a'='b')
      AS SELECT dt, sum(x) AS x FROM s GROUP BY dt`;
    const view = one(sql, 'hive') as CreateView;
    assert.deepEqual([view.kind, view.materialized, view.comment, view.tblProperties.map((p) => p.key)], ['CreateView', true, 'c', ['a']]);
    assert.equal(sql.slice(view.query.start, view.query.end), 'SELECT dt, sum(x) AS x FROM s GROUP BY dt');
    assert.equal((one("CREATE MATERIALIZED VIEW mv STORED BY 'org.x.Druid' AS SELECT a FROM s", 'hive') as CreateView).materialized, true);
    assert.deepEqual(errors('CREATE VIEW v DISABLE REWRITE AS SELECT 1', 'hive'), ["unexpected 'DISABLE', expected 'AS' @14"]);
  });

  it('FLOOR|CEIL(ts TO unit) keeps the unit, as in Flink', () => {
    const call = select('SELECT floor(time to minute) FROM wiki', 'hive').items[0].expr as FunctionCall;
    assert.deepEqual([call.kind, call.args.length, call.toUnit], ['FunctionCall', 1, 'MINUTE']);
  });

  it('RELOAD FUNCTION[S], ABORT TRANSACTIONS are commands', () => {
    const cases: [string, string, string[]][] = [
      ['RELOAD FUNCTION', 'RELOAD FUNCTION', []],
      ['RELOAD FUNCTIONS', 'RELOAD FUNCTIONS', []],
      ['ABORT TRANSACTIONS 0000007 0000008', 'ABORT TRANSACTIONS', ['0000007', '0000008']],
    ];
    for (const [sql, command, args] of cases) {
      const stmt = one(sql, 'hive') as CommandStatement;
      assert.deepEqual([stmt.kind, stmt.command, stmt.args, stmt.end], ['CommandStatement', command, args, sql.length], sql);
    }
  });

  it('DESCRIBE CONNECTOR and SHOW INDEXES ... FROM db', () => {
    const desc = one('DESCRIBE CONNECTOR EXTENDED conn', 'hive') as DescribeStatement;
    assert.deepEqual([desc.objectType, desc.modifier, desc.name?.parts[0].name], ['CONNECTOR', 'EXTENDED', 'conn']);
    const show = one('SHOW FORMATTED INDEXES ON t FROM db_1', 'hive') as ShowStatement;
    assert.deepEqual([show.what, show.name?.parts[0].name, show.database?.parts[0].name], ['FORMATTED INDEXES', 't', 'db_1']);
  });

  it('a multi-insert branch may write a directory', () => {
    const sql = "FROM src INSERT OVERWRITE TABLE a SELECT x INSERT OVERWRITE LOCAL DIRECTORY '/tmp/d' SELECT y WHERE k < 1";
    const multi = one(sql, 'hive') as MultiInsert;
    const [table, dir] = multi.inserts;
    assert.deepEqual([table.kind, dir.kind, dir.kind === 'InsertDirectory' && [dir.local, dir.path]], ['Insert', 'InsertDirectory', [true, '/tmp/d']]);
    assert.equal(sql.slice(dir.start, dir.end), "INSERT OVERWRITE LOCAL DIRECTORY '/tmp/d' SELECT y WHERE k < 1");
  });
});
