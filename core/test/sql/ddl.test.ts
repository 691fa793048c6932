import assert from 'node:assert/strict';
import type { AlterTable, CreateTable, CreateView, DropStatement, OpaqueStatement, TruncateStatement } from '../../src/sql';
import { one, shape, show } from './helpers';

const hiveTable = `CREATE EXTERNAL TABLE IF NOT EXISTS dwd.dwd_live_room_watch_di (
  room_id    BIGINT COMMENT 'live room id',
  user_id    BIGINT NOT NULL COMMENT 'viewer id',
  tags       ARRAY<STRING>,
  props      MAP<STRING, BIGINT>,
  device     STRUCT<os:STRING, ver:INT COMMENT 'v'>,
  amount     DECIMAL(10,2),
  \`desc\`   VARCHAR(64)
) COMMENT 'live room watch sessions, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd', hour STRING)
CLUSTERED BY (room_id) SORTED BY (user_id ASC) INTO 32 BUCKETS
ROW FORMAT DELIMITED FIELDS TERMINATED BY '\\t'
STORED AS ORC
LOCATION 'hdfs://nn/warehouse/dwd'
TBLPROPERTIES ('orc.compress' = 'SNAPPY', 'lifecycle' = '400')`;

describe('sql DDL', () => {
  it('parses a Hive CREATE TABLE with every clause', () => {
    const t = one(hiveTable, 'hive') as CreateTable;
    assert.equal(t.kind, 'CreateTable');
    assert.equal(t.external, true);
    assert.equal(t.ifNotExists, true);
    assert.deepEqual(t.name.parts.map((p) => p.name), ['dwd', 'dwd_live_room_watch_di']);
    assert.deepEqual(t.columns.map((c) => [c.name.name, c.type?.text, c.comment, c.notNull]), [
      ['room_id', 'BIGINT', 'live room id', false],
      ['user_id', 'BIGINT', 'viewer id', true],
      ['tags', 'ARRAY<STRING>', undefined, false],
      ['props', 'MAP<STRING,BIGINT>', undefined, false],
      ['device', 'STRUCT<os:STRING,ver:INT>', undefined, false],
      ['amount', 'DECIMAL(10,2)', undefined, false],
      ['desc', 'VARCHAR(64)', undefined, false],
    ]);
    const device = t.columns[4].type;
    assert.deepEqual(device?.fields.map((f) => [f.name.name, f.type.name, f.comment]), [['os', 'STRING', undefined], ['ver', 'INT', 'v']]);
    assert.deepEqual(t.columns[3].type?.args.map((a) => a.name), ['STRING', 'BIGINT']);
    assert.equal(t.comment, 'live room watch sessions, daily incremental');
    assert.deepEqual(t.partitionedBy.map((c) => [c.name.name, c.type?.name, c.comment]), [['p_date', 'STRING', 'yyyy-MM-dd'], ['hour', 'STRING', undefined]]);
    assert.deepEqual(t.clusteredBy?.map((c) => c.name), ['room_id']);
    assert.equal(t.rowFormat, "ROW FORMAT DELIMITED FIELDS TERMINATED BY '\\t'");
    assert.equal(t.storedAs, 'ORC');
    assert.equal(t.location, 'hdfs://nn/warehouse/dwd');
    assert.deepEqual(t.tblProperties.map((p) => [p.key, p.value]), [['orc.compress', 'SNAPPY'], ['lifecycle', '400']]);
  });

  it('records exact column spans', () => {
    const t = one(hiveTable, 'hive') as CreateTable;
    const c = t.columns[0];
    assert.equal(hiveTable.slice(c.start, c.end), "room_id    BIGINT COMMENT 'live room id'");
    assert.equal(hiveTable.slice(c.type!.start, c.type!.end), 'BIGINT');
    assert.equal(hiveTable.slice(t.start, t.end), hiveTable);
  });

  it('parses Spark USING, identity partitions, OPTIONS and CTAS', () => {
    const t = one("CREATE TABLE IF NOT EXISTS t (a INT, b STRING) USING parquet PARTITIONED BY (b) OPTIONS ('k' = 'v')") as CreateTable;
    assert.equal(t.using, 'parquet');
    assert.deepEqual(shape(t.partitionedBy), [{ kind: 'ColumnDef', name: { kind: 'Identifier', name: 'b', quoted: false }, notNull: false, primaryKey: false }]);
    const ctas = one('CREATE TABLE t2 STORED AS PARQUET AS SELECT a FROM t') as CreateTable;
    assert.equal(ctas.asQuery?.body.kind, 'Select');
    assert.equal(ctas.storedAs, 'PARQUET');
  });

  it('parses CREATE TABLE LIKE and TEMPORARY / OR REPLACE flags', () => {
    const like = one('CREATE TABLE IF NOT EXISTS t LIKE db.src') as CreateTable;
    assert.deepEqual(like.like?.parts.map((p) => p.name), ['db', 'src']);
    const tmp = one('CREATE OR REPLACE TEMPORARY TABLE t (a INT)') as CreateTable;
    assert.equal(tmp.orReplace && tmp.temporary, true);
  });

  it('normalises complex types', () => {
    const t = one('CREATE TABLE t (a ARRAY<MAP<STRING,ARRAY<INT>>>, b STRUCT<x: INT, y: ARRAY<STRING>>, c DOUBLE PRECISION, d TIMESTAMP(3))') as CreateTable;
    assert.deepEqual(t.columns.map((c) => c.type?.text), ['ARRAY<MAP<STRING,ARRAY<INT>>>', 'STRUCT<x:INT,y:ARRAY<STRING>>', 'DOUBLE PRECISION', 'TIMESTAMP(3)']);
  });

  it('parses CREATE VIEW with columns, comment and properties', () => {
    const v = one("CREATE OR REPLACE TEMPORARY VIEW IF NOT EXISTS v (a COMMENT 'x', b) COMMENT 'view' TBLPROPERTIES ('k'='v') AS SELECT 1, 2") as CreateView;
    assert.equal(v.kind, 'CreateView');
    assert.equal(v.orReplace && v.temporary && v.ifNotExists, true);
    assert.deepEqual(v.columns?.map((c) => [c.name.name, c.comment]), [['a', 'x'], ['b', undefined]]);
    assert.equal(v.comment, 'view');
    assert.equal(v.tblProperties.length, 1);
    assert.equal(v.query.body.kind === 'Select' && v.query.body.items.length, 2);
  });

  describe('Spark CACHE TABLE ... AS query defines a temporary view', () => {
    const cases: [string, boolean, [string, string][]][] = [
      ['CACHE TABLE c AS SELECT a FROM t', false, []],
      ['CACHE TABLE c SELECT a FROM t', false, []],
      ["CACHE LAZY TABLE c OPTIONS ('storageLevel' 'DISK_ONLY') AS SELECT a FROM t", true, [['storageLevel', 'DISK_ONLY']]],
      ["CACHE TABLE c OPTIONS ('storageLevel' = 'MEMORY_ONLY') WITH w AS (SELECT 1 AS a) SELECT a FROM w", false, [['storageLevel', 'MEMORY_ONLY']]],
    ];
    for (const [text, lazy, options] of cases) {
      it(text, () => {
        const v = one(text) as CreateView;
        assert.deepEqual([v.kind, v.temporary, v.name.parts[0].name, v.cache?.lazy], ['CreateView', true, 'c', lazy]);
        assert.deepEqual(v.cache?.options.map((o) => [o.key, o.value]), options);
        assert.equal(v.query.body.kind, 'Select');
        assert.deepEqual([v.start, v.end], [0, text.length]);
      });
    }
  });

  it('parses DROP, TRUNCATE and ALTER TABLE', () => {
    const d = one('DROP TABLE IF EXISTS db.t PURGE') as DropStatement;
    assert.deepEqual([d.objectType, d.ifExists, d.name?.parts.length], ['TABLE', true, 2]);
    assert.equal((one('DROP VIEW v') as DropStatement).objectType, 'VIEW');
    const tr = one("TRUNCATE TABLE t PARTITION (p_date = '2024-01-01')") as TruncateStatement;
    assert.equal(tr.partition[0].column.name, 'p_date');
    const alters: [string, AlterTable['action']][] = [
      ['ALTER TABLE t RENAME TO t2', 'RENAME'],
      ["ALTER TABLE t ADD COLUMNS (c INT COMMENT 'c')", 'ADD COLUMNS'],
      ['ALTER TABLE t REPLACE COLUMNS (c INT)', 'REPLACE COLUMNS'],
      ["ALTER TABLE t ADD IF NOT EXISTS PARTITION (p_date = '1') LOCATION 'x' PARTITION (p_date = '2')", 'ADD PARTITION'],
      ["ALTER TABLE t DROP IF EXISTS PARTITION (p_date = '1'), PARTITION (p_date = '2')", 'DROP PARTITION'],
      ["ALTER TABLE t SET TBLPROPERTIES ('a' = 'b')", 'SET TBLPROPERTIES'],
      ['ALTER TABLE t CHANGE COLUMN a b INT', 'OTHER'],
    ];
    for (const [text, action] of alters) assert.equal((one(text) as AlterTable).action, action, text);
    const add = one("ALTER TABLE t ADD PARTITION (p_date = '1') PARTITION (p_date = '2')") as AlterTable;
    assert.equal(add.partitions.length, 2);
    assert.equal((one('ALTER TABLE t RENAME TO db.t2') as AlterTable).newName?.parts.length, 2);
    assert.equal((one("ALTER TABLE t ADD COLUMNS (c INT COMMENT 'c')") as AlterTable).columns[0].comment, 'c');
  });

  it('keeps statements without a tree opaque with their leading keywords', () => {
    const cases: [string, string][] = [
      ['CREATE INDEX i ON TABLE t (a) AS COMPACT', 'CREATE INDEX'],
      ['START TRANSACTION', 'START'],
      ["KILL QUERY 'q1'", 'KILL'],
    ];
    for (const [text, keyword] of cases) {
      const s = one(text) as OpaqueStatement;
      assert.equal(s.kind, 'OpaqueStatement', text);
      assert.equal(s.keyword, keyword, text);
      assert.equal(text.slice(s.start, s.end), text);
    }
  });

  it('parses column default-less NULL and shows partition values', () => {
    const t = one("CREATE TABLE t (a INT NULL) PARTITIONED BY (p STRING)") as CreateTable;
    assert.equal(t.columns[0].notNull, false);
    assert.equal(show(undefined), '?');
  });
});
