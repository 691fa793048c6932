import assert from 'node:assert/strict';
import { Catalog, queryOutputNames, TableInfo, tableFromCreate } from '../../src/catalog';
import { parse } from '../../src/sql';
import type { Dialect, Statement } from '../../src/sql/ast';

const table = (name: string, columns: string[] = []): TableInfo => ({
  name, columns: columns.map((c) => ({ name: c, partition: false })), temporary: false, kind: 'table', options: {},
});

function first(sql: string, dialect: Dialect = 'spark'): Statement {
  const script = parse(sql, dialect);
  assert.deepEqual(script.errors, []);
  return script.statements[0];
}

function fromDdl(sql: string, dialect: Dialect = 'spark'): TableInfo {
  const s = first(sql, dialect);
  assert.ok(s.kind === 'CreateTable' || s.kind === 'CreateView');
  return tableFromCreate(s, 'tables/x.sql');
}

describe('catalog lookup', () => {
  const catalog = new Catalog();
  catalog.add(table('dwd.dwd_live_room_watch_di', ['room_id']));
  catalog.add(table('dim.dim_live_room_df'));
  catalog.add(table('ods.t'));
  catalog.add(table('dwd.t'));

  it('finds a qualified name case-insensitively', () => {
    assert.equal(catalog.get('DWD.Dwd_Live_Room_Watch_Di')?.name, 'dwd.dwd_live_room_watch_di');
  });

  it('finds a unique bare name', () => {
    assert.equal(catalog.get('dim_live_room_df')?.name, 'dim.dim_live_room_df');
  });

  it('does not guess a bare name held by two databases', () => {
    assert.equal(catalog.get('t'), undefined);
  });

  it('drops a catalog prefix', () => {
    assert.equal(catalog.get('hive.dim.dim_live_room_df')?.name, 'dim.dim_live_room_df');
  });

  it('does not match a different database', () => {
    assert.equal(catalog.get('ads.dim_live_room_df'), undefined);
  });

  it('lists every table', () => {
    assert.equal(catalog.tables().length, 4);
  });

  it('overlays script-local objects on a child', () => {
    const child = catalog.child();
    child.add({ ...table('src', ['a']), temporary: true });
    child.add(table('dim.dim_live_room_df', ['x']));
    assert.equal(child.get('src')?.temporary, true);
    assert.equal(child.get('default_catalog.default_database.src')?.name, 'src');
    assert.deepEqual(child.get('dim.dim_live_room_df')?.columns.map((c) => c.name), ['x']);
    assert.equal(catalog.get('src'), undefined);
    assert.equal(child.tables().length, 5);
    assert.equal(child.get('dwd.t')?.name, 'dwd.t');
  });

  it('removes and replaces', () => {
    const c = new Catalog();
    c.add(table('a.x'));
    c.add(table('a.x', ['k']));
    assert.equal(c.tables().length, 1);
    assert.equal(c.get('x')?.columns.length, 1);
    c.remove('A.X');
    assert.equal(c.get('x'), undefined);
  });
});

describe('tableFromCreate', () => {
  it('puts Hive partition columns last', () => {
    const t = fromDdl("CREATE TABLE IF NOT EXISTS DWD.Watch (room_id BIGINT COMMENT 'room', user_id BIGINT) COMMENT 'watch' PARTITIONED BY (p_date STRING COMMENT 'day') STORED AS ORC TBLPROPERTIES ('lifecycle' = '400')");
    assert.equal(t.name, 'dwd.watch');
    assert.deepEqual(t.columns, [
      { name: 'room_id', type: 'BIGINT', comment: 'room', partition: false },
      { name: 'user_id', type: 'BIGINT', comment: undefined, partition: false },
      { name: 'p_date', type: 'STRING', comment: 'day', partition: true },
    ]);
    assert.equal(t.comment, 'watch');
    assert.equal(t.kind, 'table');
    assert.equal(t.file, 'tables/x.sql');
    assert.deepEqual(t.options, { lifecycle: '400' });
  });

  it('moves a Spark identity partition to the end', () => {
    const t = fromDdl('CREATE TABLE t (p_date STRING, a INT) USING parquet PARTITIONED BY (p_date)');
    assert.deepEqual(t.columns.map((c) => [c.name, c.partition]), [['a', false], ['p_date', true]]);
  });

  it('keeps Flink computed and metadata columns and WITH options', () => {
    const t = fromDdl("CREATE TEMPORARY TABLE src (a INT, b AS a + 1, ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp', WATERMARK FOR ts AS ts) WITH ('connector' = 'kafka', 'topic' = 'x')", 'flink');
    assert.deepEqual(t.columns.map((c) => c.name), ['a', 'b', 'ts']);
    assert.equal(t.temporary, true);
    assert.deepEqual(t.options, { connector: 'kafka', topic: 'x' });
  });

  it('marks computed and VIRTUAL metadata columns read-only (an INSERT does not write them)', () => {
    const ddl = "CREATE TABLE k (a INT, b AS a + 1, ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp', p INT METADATA FROM 'partition' VIRTUAL, o BIGINT METADATA VIRTUAL) WITH ('connector' = 'kafka')";
    assert.deepEqual(fromDdl(ddl, 'flink').columns.map((c) => [c.name, c.readOnly ?? false]), [
      ['a', false], ['b', true], ['ts', false], ['p', true], ['o', true],
    ]);
  });

  it('names view columns from the query', () => {
    const t = fromDdl('CREATE VIEW v AS SELECT a, b AS bee, s.c, a + 1, device.os FROM s');
    assert.equal(t.kind, 'view');
    assert.deepEqual(t.columns.map((c) => c.name), ['a', 'bee', 'c', '(a + 1)', 'os']);
  });

  it('names view columns from its column list', () => {
    assert.deepEqual(fromDdl('CREATE VIEW v (x, y) AS SELECT a, b FROM s').columns.map((c) => c.name), ['x', 'y']);
  });

  it('names CTAS columns from the query', () => {
    assert.deepEqual(fromDdl('CREATE TABLE x AS SELECT a, count(*) AS n FROM s GROUP BY a').columns.map((c) => c.name), ['a', 'n']);
  });

  it('output names follow the first union branch', () => {
    const s = first('SELECT a, b FROM x UNION ALL SELECT c, d FROM y');
    assert.ok(s.kind === 'QueryStatement');
    assert.deepEqual(queryOutputNames(s.query), ['a', 'b']);
  });
});
