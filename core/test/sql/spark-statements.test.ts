import assert from 'node:assert/strict';
import { parse, type AlterTable, type CreateTable, type DatabaseStatement, type DerivedTable, type Dialect, type Insert, type Literal, type NamedArg, type Pivot, type SessionStatement, type ShowStatement, type UseStatement, type Values } from '../../src/sql';
import { expr, one, select, show } from './helpers';

function errors(sql: string, dialect: Dialect = 'spark'): string[] {
  return parse(sql, dialect).errors.map((e) => `${e.message} @${e.start}`);
}

describe('sql Spark documented forms', () => {
  it('adjacent string literals are one string (Spark and Hive, not Flink)', () => {
    const lit = expr("'Hello' ',' 'World!'") as Literal;
    assert.deepEqual([lit.kind, lit.value, lit.start, lit.end], ['Literal', 'Hello,World!', 7, 27]);
    assert.equal((expr("'a' \"b\"", 'hive') as Literal).value, 'ab');
    assert.deepEqual(errors("SELECT 'a' 'b'", 'flink'), ["unexpected ''b'', expected ';' @11"]);
  });

  it('INSERT INTO|OVERWRITE t FROM src SELECT ...', () => {
    const sql = 'INSERT OVERWRITE students FROM applicants SELECT name WHERE qualified = true';
    const insert = one(sql) as Insert;
    const body = insert.query.body;
    assert.deepEqual([insert.overwrite, body.kind, body.kind === 'Select' && body.from.map((r) => r.kind), body.kind === 'Select' && show(body.where)], [true, 'Select', ['TableRef'], '(qualified = TRUE)']);
    assert.deepEqual([sql.slice(insert.query.start, insert.query.end), insert.end], ['FROM applicants SELECT name WHERE qualified = true', sql.length]);
    assert.deepEqual(errors('INSERT INTO t FROM s SELECT a', 'flink'), ["unexpected 'FROM', expected a query ('SELECT' or 'VALUES') @14"]);
  });

  it('USE NAMESPACE|DATABASE|SCHEMA name, and a database named schema', () => {
    assert.deepEqual((one('USE SCHEMA default') as UseStatement).name.parts.map((x) => x.name), ['default']);
    assert.deepEqual((one('USE NAMESPACE db.x') as UseStatement).name.parts.map((x) => x.name), ['db', 'x']);
    assert.deepEqual((one('USE schema') as UseStatement).name.parts.map((x) => x.name), ['schema']);
  });

  it('LATERAL VIEW without a table alias (Spark only)', () => {
    const views = select('SELECT c FROM t LATERAL VIEW EXPLODE(ARRAY(1, 2)) AS c LATERAL VIEW OUTER explode(m) x AS k, v').lateralViews;
    assert.deepEqual(views.map((v) => [v.tableAlias?.name, v.columnAliases.map((c) => c.name), v.outer]), [[undefined, ['c'], false], ['x', ['k', 'v'], true]]);
    assert.deepEqual(errors('SELECT c FROM t LATERAL VIEW explode(a) AS c', 'hive'), ["unexpected 'AS', expected a table alias after the LATERAL VIEW function @40"]);
  });

  it('an inline table row may name its values', () => {
    const from = select('SELECT * FROM VALUES ("one", 1 AS one) AS data(a, b)').from[0] as DerivedTable;
    const [first, second] = (from.query.body as Values).rows[0];
    const named = second as NamedArg;
    assert.deepEqual([show(first), named.kind, named.name.name, show(named.value), named.start, named.end], ["'one'", 'NamedArg', 'one', '1', 29, 37]);
  });

  it('ADD JARS with several paths keeps them as written', () => {
    const add = one(`ADD JARS "/a b/def.jar" '/a b/ghi.jar'`) as SessionStatement;
    assert.deepEqual([add.action, add.path], ['ADD JAR', `"/a b/def.jar" '/a b/ghi.jar'`]);
    assert.equal((one("ADD JAR '/x.jar'") as SessionStatement).path, '/x.jar');
  });

  it('ALTER TABLE ADD COLUMN (...) is checked like ADD COLUMNS', () => {
    const alter = one('ALTER TABLE dwd.t ADD COLUMN (c INT, d STRING)') as AlterTable;
    assert.deepEqual([alter.action, alter.columns.map((c) => c.name.name)], ['ADD COLUMNS', ['c', 'd']]);
    assert.deepEqual(errors('ALTER TABLE dwd.t ADD COLUMN (c INT'), ["unexpected end of input: expected ')' to close '(' at 1:30 @35"]);
  });

  it('ALTER DATABASE ... UNSET DBPROPERTIES (keys)', () => {
    const db = one("ALTER DATABASE inventory UNSET DBPROPERTIES ('Edited-by')") as DatabaseStatement;
    assert.deepEqual([db.kind, db.action, db.name.parts[0].name, db.end], ['DatabaseStatement', 'ALTER', 'inventory', 57]);
    assert.deepEqual(errors("ALTER DATABASE d UNSET DBPROPERTIES ('k')", 'hive'), ["unexpected 'UNSET', expected 'SET', 'RESET' or 'COMMENT' @17"]);
  });

  it('CREATE TABLE ... USING f (query): AS before a CTAS query is optional', () => {
    const sql = 'CREATE TABLE b USING parquet CLUSTERED BY (id) INTO 4 buckets (WITH x AS (SELECT * FROM s) SELECT * FROM x)';
    const table = one(sql) as CreateTable;
    assert.deepEqual([table.using, table.clusteredBy?.map((c) => c.name), table.asQuery?.kind, table.end], ['parquet', ['id'], 'Query', sql.length]);
    assert.deepEqual(errors('CREATE TABLE b STORED AS ORC (SELECT 1)', 'hive'), ["unexpected '(', expected a table clause (COMMENT, PARTITIONED BY, STORED AS, LOCATION, TBLPROPERTIES, WITH, AS, ...) @29"]);
  });

  it('PARTITIONED BY takes transforms next to columns', () => {
    const table = one('CREATE TABLE db.s (id bigint, ts timestamp, c string) USING iceberg PARTITIONED BY (bucket(16, id), c, days(ts))') as CreateTable;
    assert.deepEqual([table.partitionTransforms?.map(show), table.partitionedBy.map((c) => c.name.name)], [['bucket(16, id)', 'days(ts)'], ['c']]);
    assert.equal((one('CREATE TABLE t (a INT) PARTITIONED BY (a)') as CreateTable).partitionTransforms, undefined);
  });

  it('SHOW TABLES IN IDENTIFIER(...) names no database', () => {
    const show = one("SHOW TABLE EXTENDED IN IDENTIFIER('id' || 'ent') LIKE 'hello'") as ShowStatement;
    assert.deepEqual([show.what, show.database, show.pattern], ['TABLE EXTENDED', undefined, 'hello']);
  });

  it('PIVOT (...) [AS] alias', () => {
    const sql = "SELECT pv.* FROM person PIVOT (SUM(age) AS a FOR name IN ('John' AS john)) AS pv";
    const pivot = select(sql).from[0] as Pivot;
    assert.deepEqual([pivot.kind, pivot.alias?.name, pivot.end], ['Pivot', 'pv', sql.length]);
    assert.equal((select("SELECT * FROM t PIVOT (sum(a) FOR b IN (1)) p WHERE x > 0").from[0] as Pivot).alias?.name, 'p');
  });
});
