import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import { parse } from '../../src/sql';
import { catalogFrom, lineageCases } from './lineage-harness';

const BASE = "CREATE TEMPORARY TABLE base (id BIGINT, userId STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'kafka', 'topic' = 'b');\n";

/** Semantic diagnostics as `[code, message, text]`, in source order. */
function check(sql: string, catalogDdl?: string): [string, string, string][] {
  const catalog = catalogDdl === undefined ? undefined : catalogFrom(catalogDdl, 'flink');
  return analyze(parse(sql, 'flink'), catalog)
    .sort((a, b) => a.start - b.start)
    .map((d) => [d.code, d.message, sql.slice(d.start, d.end)]);
}

lineageCases('lineage: Flink CREATE TABLE ... LIKE', [
  {
    name: 'the new table has the base columns, then its own; the base is read',
    dialect: 'flink',
    sql: `${BASE}CREATE TEMPORARY TABLE t (extra INT) WITH ('topic' = 't') LIKE base;\nINSERT INTO out SELECT extra, id, userId FROM t`,
    edges: ['t.extra -> out.extra direct', 't.id -> out.id direct', 't.userid -> out.userid direct'],
    reads: ['base', 't'],
    writes: ['out'],
    warns: false,
  },
  {
    name: 'SELECT * lists base columns first',
    dialect: 'flink',
    sql: `${BASE}CREATE TEMPORARY TABLE t (extra INT) LIKE base (EXCLUDING OPTIONS);\nINSERT INTO out SELECT * FROM t`,
    edges: ['t.id -> out.id direct', 't.userid -> out.userid direct', 't.ts -> out.ts direct', 't.extra -> out.extra direct'],
  },
  {
    name: 'a LIKE base from the project catalog',
    dialect: 'flink',
    catalog: "CREATE TABLE ods.base (id BIGINT, v STRING) WITH ('connector' = 'kafka');",
    sql: "CREATE TEMPORARY TABLE t (extra INT) LIKE ods.base;\nINSERT INTO ods.base SELECT id, v FROM t",
    edges: ['t.id -> ods.base.id direct', 't.v -> ods.base.v direct'],
    reads: ['ods.base', 't'],
  },
]);

describe('Flink CREATE TABLE ... LIKE checks', () => {
  it('checks the WATERMARK and PRIMARY KEY against the merged columns', () => {
    const sql = `${BASE}CREATE TEMPORARY TABLE t (extra INT, WATERMARK FOR tss AS tss, PRIMARY KEY (id) NOT ENFORCED) LIKE base (OVERWRITING WATERMARKS)`;
    assert.deepEqual(check(sql), [['unknown-column', "unknown column 'tss' in 't'; did you mean 'ts'?", 'tss']]);
  });

  it('reports a column the base already has', () => {
    const sql = `${BASE}CREATE TEMPORARY TABLE t (id INT, c AS id + 1) LIKE base`;
    assert.deepEqual(check(sql), [['duplicate-column', "column 'id' is already a column of 'base' (LIKE); rename it", 'id']]);
  });

  it('reports an option the base already sets under INCLUDING OPTIONS', () => {
    const sql = `${BASE}CREATE TEMPORARY TABLE t (extra INT) WITH ('topic' = 't', 'format' = 'json') LIKE base (INCLUDING OPTIONS)`;
    assert.deepEqual(check(sql), [['duplicate-option', "option 'topic' is already set by 'base' (LIKE ... INCLUDING OPTIONS); drop it or use OVERWRITING OPTIONS", "'topic' = 't'"]]);
  });

  it('does not check a table whose LIKE base is unknown; in project mode the base must exist', () => {
    assert.deepEqual(check('CREATE TEMPORARY TABLE t (extra INT, WATERMARK FOR ts AS ts) LIKE nowhere'), []);
    assert.deepEqual(check('CREATE TEMPORARY TABLE t (extra INT) LIKE ods.bse', 'CREATE TABLE ods.base (a INT)'), [
      ['unknown-table', "unknown table 'ods.bse'; did you mean 'ods.base'?", 'ods.bse'],
    ]);
  });
});

describe('Flink identifiers are case-sensitive', () => {
  it('a column written in another case is unknown, with the declared spelling suggested', () => {
    const sql = `${BASE}INSERT INTO out SELECT userid, b.USERID, userId, \`userId\` FROM base b`;
    assert.deepEqual(check(sql), [
      ['unknown-column', "unknown column 'userid' in 'base'; did you mean 'userId'? Flink column names are case-sensitive", 'userid'],
      ['unknown-column', "unknown column 'USERID' in 'base'; did you mean 'userId'? Flink column names are case-sensitive", 'USERID'],
    ]);
  });

  it('columns of Flink table files are case-sensitive too', () => {
    const ddl = "CREATE TABLE dwd.clicks (clickId BIGINT, Url STRING) WITH ('connector' = 'kafka');";
    assert.deepEqual(check('SELECT clickid, Url FROM dwd.clicks', ddl).map((d) => d[2]), ['clickid']);
  });

  it('a select-list alias is spelled as written for the query around it; renamed columns are not checked', () => {
    const sql = `${BASE}SELECT x.total, x.Total FROM (SELECT id AS Total FROM base) x`;
    assert.deepEqual(check(sql), [
      ['unknown-column', "unknown column 'total' in 'x'; did you mean 'Total'? Flink column names are case-sensitive", 'total'],
    ]);
    assert.deepEqual(check(`${BASE}SELECT uid, UID FROM base AS b (uid, v, t)`), []);
    assert.deepEqual(check(`${BASE}WITH c (UID) AS (SELECT userId FROM base) SELECT uid FROM c`), []);
  });

  it('an INSERT column list names the columns as declared', () => {
    const sql = `${BASE}INSERT INTO base (ID, userId, ts) SELECT 1, 'a', ts FROM base`;
    assert.deepEqual(check(sql), [['unknown-column', "unknown column 'ID' in 'base'; did you mean 'id'? Flink column names are case-sensitive", 'ID']]);
  });

  it('`userId` and `userid` may both be declared', () => {
    const sql = "CREATE TEMPORARY TABLE s (userId STRING, userid STRING) WITH ('connector' = 'kafka');\nSELECT userid, userId FROM s";
    assert.deepEqual(check(sql), []);
  });

  it('Spark and Hive names, and views, compare case-insensitively', () => {
    const sql = 'CREATE TEMPORARY VIEW v AS SELECT 1 AS userId;\nSELECT USERID FROM v';
    assert.deepEqual(analyze(parse(sql, 'spark')), []);
    assert.deepEqual(check('SELECT USERID FROM v', 'CREATE VIEW v AS SELECT 1 AS userId'), []);
  });
});

describe('Flink table names are case-sensitive', () => {
  const ORDERS = "CREATE TEMPORARY TABLE Orders (id BIGINT) WITH ('connector' = 'kafka');\n";

  it('a temporary table written in another case is unknown, with the declared spelling suggested', () => {
    const sql = `${ORDERS}INSERT INTO out SELECT id FROM orders;\nINSERT INTO out SELECT id FROM Orders;\nINSERT INTO out SELECT o.id FROM default_catalog.default_database.ORDERS o`;
    assert.deepEqual(check(sql), [
      ['unknown-table', "unknown table 'orders'; did you mean 'Orders'? Flink table names are case-sensitive", 'orders'],
      ['unknown-table', "unknown table 'default_catalog.default_database.ORDERS'; did you mean 'Orders'? Flink table names are case-sensitive", 'ORDERS'],
    ]);
  });

  it('in project mode, Flink table files too; Hive and Spark tables never', () => {
    const ddl = "CREATE TABLE dwd.UserEvents (id BIGINT) WITH ('connector' = 'kafka');";
    assert.deepEqual(check('SELECT id FROM dwd.userevents', ddl).map((d) => d[1]), ["unknown table 'dwd.userevents'; did you mean 'UserEvents'? Flink table names are case-sensitive"]);
    const hive = catalogFrom('CREATE TABLE dwd.UserEvents (id BIGINT)', 'hive');
    assert.deepEqual(analyze(parse('SELECT id FROM dwd.userevents', 'flink'), hive), []);
  });

  it('a renamed table is spelled as its new name', () => {
    assert.deepEqual(check(`${ORDERS}ALTER TABLE Orders RENAME TO NewOrders;\nSELECT id FROM NewOrders`), []);
  });
});
