import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import { parse } from '../../src/sql';
import type { Dialect } from '../../src/sql/ast';
import { catalogFrom } from './lineage-harness';

const DDL = `
CREATE TABLE dim.dim_live_room_df (room_id BIGINT, room_name STRING, anchor_id BIGINT) PARTITIONED BY (p_date STRING);
CREATE TABLE dwd.dwd_live_room_watch_di (room_id BIGINT, user_id BIGINT, watch_seconds BIGINT, device STRUCT<os:STRING>, tags ARRAY<STRING>) PARTITIONED BY (p_date STRING);
CREATE TABLE dws.dws_room_stats_di (a BIGINT, b BIGINT, c BIGINT, d BIGINT, e BIGINT, f BIGINT) PARTITIONED BY (p_date STRING, hour STRING);
`;

interface Found {
  code: string;
  message: string;
  /** The source text the diagnostic spans. */
  text: string;
}

function check(sql: string, options: { catalog?: boolean; dialect?: Dialect } = {}): Found[] {
  const script = parse(sql, options.dialect ?? 'spark');
  const catalog = options.catalog === false ? undefined : catalogFrom(DDL);
  return analyze(script, catalog).map((d) => ({ code: d.code, message: d.message, text: sql.slice(d.start, d.end) }));
}

describe('semantic diagnostics', () => {
  it('reports an unknown table with the closest known name', () => {
    assert.deepEqual(check('SELECT room_id FROM dim.dim_live_room_dff'), [
      { code: 'unknown-table', message: "unknown table 'dim.dim_live_room_dff'; did you mean 'dim.dim_live_room_df'?", text: 'dim.dim_live_room_dff' },
    ]);
  });

  it('reports an unknown INSERT target', () => {
    const found = check('INSERT INTO dws.nope SELECT room_id FROM dim.dim_live_room_df');
    assert.deepEqual(found.map((f) => [f.code, f.text]), [['unknown-table', 'dws.nope']]);
  });

  it('reports an unknown qualified column on the bad identifier', () => {
    assert.deepEqual(check('SELECT r.room_idd FROM dim.dim_live_room_df r'), [
      { code: 'unknown-column', message: "unknown column 'r.room_idd' in 'dim.dim_live_room_df'; did you mean 'room_id'?", text: 'room_idd' },
    ]);
  });

  it('reports an unknown unqualified column', () => {
    const [d] = check('SELECT room_nam FROM dim.dim_live_room_df WHERE p_date = "x"');
    assert.equal(d.code, 'unknown-column');
    assert.equal(d.text, 'room_nam');
    assert.match(d.message, /unknown column 'room_nam'; did you mean 'room_name'\?/);
  });

  it('reports an unknown column in WHERE and JOIN ON', () => {
    const found = check('SELECT r.room_id FROM dim.dim_live_room_df r JOIN dwd.dwd_live_room_watch_di w ON r.room_id = w.roomid WHERE w.user_idd > 0');
    assert.deepEqual(found.map((f) => f.text), ['roomid', 'user_idd']);
  });

  it('reports an ambiguous unqualified column', () => {
    const found = check('SELECT room_id FROM dim.dim_live_room_df r JOIN dwd.dwd_live_room_watch_di w ON r.room_id = w.room_id');
    assert.deepEqual(found.map((f) => [f.code, f.text]), [['ambiguous-column', 'room_id']]);
    assert.match(found[0].message, /ambiguous column 'room_id': it is in 'dim.dim_live_room_df' and 'dwd.dwd_live_room_watch_di'/);
  });

  it('checks the INSERT column count against the DDL', () => {
    const sql = "INSERT OVERWRITE TABLE dws.dws_room_stats_di PARTITION (p_date = '${date}', hour = '00') SELECT room_id, user_id, watch_seconds, room_id, user_id FROM dwd.dwd_live_room_watch_di";
    assert.deepEqual(check(sql), [{
      code: 'insert-column-count',
      message: "INSERT into 'dws.dws_room_stats_di' has 5 columns but the table has 6 (excluding 2 static partition columns)",
      text: 'dws.dws_room_stats_di',
    }]);
  });

  it('counts dynamic partitions as table columns', () => {
    const sql = "INSERT OVERWRITE TABLE dws.dws_room_stats_di PARTITION (p_date = '${date}', hour) SELECT 1, 2, 3, 4, 5, 6 FROM dwd.dwd_live_room_watch_di";
    assert.match(check(sql)[0]?.message ?? '', /has 6 columns but the table has 7 \(excluding 1 static partition column\)/);
    const ok = "INSERT OVERWRITE TABLE dws.dws_room_stats_di PARTITION (p_date = '${date}', hour) SELECT 1, 2, 3, 4, 5, 6, '00' FROM dwd.dwd_live_room_watch_di";
    assert.deepEqual(check(ok), []);
  });

  it('reports a PARTITION column the table lacks once (no count follow-up)', () => {
    const sql = "INSERT OVERWRITE TABLE dim.dim_live_room_df PARTITION (dt = '${date}') SELECT room_id, room_name, anchor_id FROM dim.dim_live_room_df";
    assert.deepEqual(check(sql).map((f) => [f.code, f.text]), [['unknown-column', 'dt']]);
  });

  it('says "1 column" in the count message', () => {
    const sql = "INSERT OVERWRITE TABLE dim.dim_live_room_df PARTITION (p_date = '${date}') SELECT 1";
    assert.equal(check(sql)[0]?.message, "INSERT into 'dim.dim_live_room_df' has 1 column but the table has 3 (excluding 1 static partition column)");
  });

  describe('a PARTITION clause must name every partition column (Hive, Spark)', () => {
    const insert = (spec: string, select: string) => `INSERT OVERWRITE TABLE dws.dws_room_stats_di PARTITION (${spec}) SELECT ${select} FROM dwd.dwd_live_room_watch_di`;
    const cases: [string, string, Dialect, [string, string][]][] = [
      ['static and dynamic', insert("p_date = '${date}', hour", '1, 2, 3, 4, 5, 6, 7'), 'spark', []],
      ['both static', insert("p_date = '${date}', hour = '00'", '1, 2, 3, 4, 5, 6'), 'hive', []],
      ['hour left out', insert("p_date = '${date}'", '1, 2, 3, 4, 5, 6, 7'), 'spark', [['insert-partition', "p_date = '${date}'"]]],
      ['hour left out, count not checked as well', insert("p_date = '${date}'", '1, 2'), 'hive', [['insert-partition', "p_date = '${date}'"]]],
      ['p_date left out', insert('hour', '1, 2, 3, 4, 5, 6, 7, 8'), 'spark', [['insert-partition', 'hour']]],
      ['Flink takes the rest as dynamic', insert("p_date = '${date}'", '1, 2, 3, 4, 5, 6, 7'), 'flink', []],
    ];
    for (const [name, sql, dialect, expected] of cases) {
      it(name, () => assert.deepEqual(check(sql, { dialect }).map((f) => [f.code, f.text]), expected));
    }

    it('names the missing columns and what to write', () => {
      const [d] = check(insert("p_date = '${date}'", '1'));
      assert.equal(d.message, "PARTITION clause of INSERT into 'dws.dws_room_stats_di' leaves out partition column 'hour'; name each of (p_date, hour), with a value or without one (dynamic)");
    });
  });

  it('does not count computed or VIRTUAL metadata columns of a Flink sink', () => {
    const ddl = "CREATE TEMPORARY TABLE snk (a BIGINT, b STRING, part INT METADATA FROM 'partition' VIRTUAL, ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp', a2 AS a * 2) WITH ('connector' = 'kafka');\n";
    assert.deepEqual(check(`${ddl}INSERT INTO snk SELECT 1, 'x', NOW()`, { catalog: false, dialect: 'flink' }), []);
    assert.match(check(`${ddl}INSERT INTO snk SELECT 1, 'x'`, { catalog: false, dialect: 'flink' })[0]?.message ?? '', /has 2 columns but the table has 3$/);
  });

  it('reports duplicate output names of CTAS and views', () => {
    const found = check('CREATE TABLE tmp.x AS SELECT room_id, anchor_id AS room_id FROM dim.dim_live_room_df');
    assert.deepEqual(found.map((f) => [f.code, f.text]), [['duplicate-column', 'room_id']]);
    assert.match(found[0].message, /duplicate column name 'room_id' in 'tmp.x'/);
    assert.equal(check('CREATE VIEW v AS SELECT room_id, room_id FROM dim.dim_live_room_df')[0]?.code, 'duplicate-column');
  });

  it('knows CTEs, temporary tables, views and CTAS results of the script', () => {
    const sql = [
      'WITH c AS (SELECT room_id FROM dim.dim_live_room_df) SELECT room_id FROM c',
      'CREATE TEMPORARY VIEW v AS SELECT room_id FROM dim.dim_live_room_df',
      'SELECT room_id FROM v',
      'CREATE TABLE tmp.y AS SELECT user_id FROM dwd.dwd_live_room_watch_di',
      'SELECT user_id FROM tmp.y',
    ].join(';\n');
    assert.deepEqual(check(sql), []);
  });

  it('flags a column a temporary view lacks', () => {
    const sql = 'CREATE TEMPORARY VIEW v AS SELECT room_id FROM dim.dim_live_room_df;\nSELECT room_name FROM v';
    assert.deepEqual(check(sql).map((f) => f.text), ['room_name']);
  });

  it('never reports columns of tables whose DDL is unknown', () => {
    assert.deepEqual(check('SELECT anything, x.y FROM ods.unknown_src x', { catalog: false }), []);
    assert.deepEqual(check('SELECT anything FROM ods.unknown_src').map((f) => f.code), ['unknown-table']);
  });

  it('accepts correlation, lambdas, struct fields and select aliases', () => {
    const sql = `SELECT w.room_id,
      (SELECT max(r.room_name) FROM dim.dim_live_room_df r WHERE r.room_id = w.room_id) AS name,
      transform(tags, t -> upper(t)) AS up,
      device.os AS os,
      sum(watch_seconds) AS total
    FROM dwd.dwd_live_room_watch_di w GROUP BY w.room_id, tags, os HAVING total > 0`;
    assert.deepEqual(check(sql), []);
  });

  it('checks script DDL without a project catalog, but not unknown tables', () => {
    const sql = "CREATE TEMPORARY TABLE src (uid BIGINT, ts TIMESTAMP(3)) WITH ('connector' = 'kafka');\nINSERT INTO sink SELECT uidd FROM src JOIN other ON src.uid = other.id";
    assert.deepEqual(check(sql, { catalog: false, dialect: 'flink' }), []);
    const alone = "CREATE TEMPORARY TABLE src (uid BIGINT) WITH ('connector' = 'kafka');\nINSERT INTO sink SELECT uidd FROM src";
    assert.deepEqual(check(alone, { catalog: false, dialect: 'flink' }).map((f) => f.text), ['uidd']);
  });

  describe('grouping__id, the built-in column of grouping sets (Hive, Spark)', () => {
    const from = 'FROM dim.dim_live_room_df';
    const cases: [string, string, Dialect, string[]][] = [
      ['GROUPING SETS', `SELECT anchor_id, grouping__id AS gid, count(*) AS n ${from} GROUP BY anchor_id GROUPING SETS ((anchor_id), ())`, 'hive', []],
      ['ROLLUP', `SELECT anchor_id, room_id, CAST(grouping__id AS INT) ${from} GROUP BY ROLLUP (anchor_id, room_id)`, 'spark', []],
      ['CUBE, in HAVING and ORDER BY', `SELECT anchor_id ${from} GROUP BY CUBE (anchor_id) HAVING grouping__id > 0 ORDER BY grouping__id`, 'spark', []],
      ['Hive WITH ROLLUP', `SELECT anchor_id, grouping__id ${from} GROUP BY anchor_id WITH ROLLUP`, 'hive', []],
      ['grouping_id() is a function', `SELECT anchor_id, grouping_id() AS g ${from} GROUP BY anchor_id WITH CUBE`, 'spark', []],
      ['a plain GROUP BY has none', `SELECT anchor_id, grouping__id ${from} GROUP BY anchor_id`, 'spark', ['grouping__id']],
      ['Flink has none', `SELECT anchor_id, grouping__id ${from} GROUP BY ROLLUP (anchor_id)`, 'flink', ['grouping__id']],
    ];
    for (const [name, sql, dialect, unknown] of cases) {
      it(name, () => assert.deepEqual(check(sql, { dialect }).map((f) => f.text), unknown));
    }

    it('is not part of *', () => {
      const sql = `INSERT INTO dim.dim_live_room_df SELECT * ${from} GROUP BY room_id, room_name, anchor_id, p_date WITH ROLLUP`;
      assert.deepEqual(check(sql, { dialect: 'hive' }), []);
    });
  });

  it('sorts diagnostics by position and reports each once', () => {
    const sql = 'SELECT (SELECT zz FROM dim.dim_live_room_df) AS a, yy FROM dim.dim_live_room_df';
    assert.deepEqual(check(sql).map((f) => f.text), ['zz', 'yy']);
  });
});
