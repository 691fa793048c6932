import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { TableInfo } from '../../src/catalog';
import { openClickHouse, type ClickHouseEngine } from '../../src/engines';
import { StrataError } from '../../src/errors';
import { loadWorkspace } from '../../src/tasks/workspace';
import { clusterUnavailable, startClickHouseCluster, type ClickHouseCluster } from '../helpers/clickhouse-cluster';

const live = path.resolve(__dirname, '../../../../examples/live');
const RANK = 'ads.ads_live_room_rank_1d';

/** The ads contract as ClickHouse 18.16 holds it: Hive columns nullable, the partition column not. */
const RANK_COLUMNS = [
  ['category', 'Nullable(String)'], ['rank_no', 'Nullable(Int32)'], ['room_id', 'Nullable(Int64)'], ['anchor_id', 'Nullable(Int64)'],
  ['anchor_name', 'Nullable(String)'], ['watch_uv', 'Nullable(Int64)'], ['gift_amount', 'Nullable(Decimal(18, 2))'],
  ['hot_score', 'Nullable(Decimal(18, 2))'], ['gift_share', 'Nullable(Decimal(18, 4))'], ['p_date', 'String'],
].map(([name, type]) => ({ name, type }));

function rejects(code: StrataError['code'], message: string) {
  return (e: unknown) => {
    assert.ok(e instanceof StrataError, String(e));
    assert.deepEqual([e.code, e.message], [code, message]);
    return true;
  };
}

describe('ClickHouse engine on a two-shard cluster', function () {
  this.timeout(180_000);
  let cluster: ClickHouseCluster;
  let engine: ClickHouseEngine;
  /** One connection per shard without a cluster: to look at each shard's local table. */
  let shards: ClickHouseEngine[];
  let rank: TableInfo;

  before(async function () {
    const why = clusterUnavailable();
    if (why) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    cluster = await startClickHouseCluster();
    const connect = (port: number, withCluster: boolean) =>
      openClickHouse({ target: 'serving', host: '127.0.0.1', port, user: cluster.user, password: cluster.password, ...(withCluster ? { cluster: cluster.cluster } : {}) });
    engine = await connect(cluster.httpPorts[0], true);
    shards = [await connect(cluster.httpPorts[0], false), await connect(cluster.httpPorts[1], false)];
    const ws = await loadWorkspace({ project: live, cwd: live });
    rank = ws.catalog.get(RANK) as TableInfo;
  });

  after(async () => {
    for (const e of [engine, ...(shards ?? [])]) await e?.close();
    await cluster?.stop();
  });

  it('detects the server version and declares its capabilities', () => {
    assert.equal(engine.name, 'clickhouse');
    assert.deepEqual(engine.features, { version: '18.16.1', dateTime64: false, modernTypes: false, columnComments: false });
    assert.deepEqual(engine.capabilities, { transactions: false, prepare: true, nestedTypes: true, streaming: false, transactionalDdl: false });
  });

  it('creates the ads contract as a Distributed table over ReplicatedMergeTree on both shards; again is a no-op', async () => {
    await engine.createTable(rank);
    await engine.createTable(rank);
    assert.deepEqual(await engine.tableColumns(RANK), RANK_COLUMNS);
    for (const shard of shards) {
      const tables = await shard.query("SELECT name, engine, partition_key FROM system.tables WHERE database = 'ads' ORDER BY name");
      assert.deepEqual(tables.rows, [['ads_live_room_rank_1d', 'Distributed', ''], ['ads_live_room_rank_1d_local', 'ReplicatedMergeTree', 'p_date']]);
      assert.deepEqual(await shard.tableColumns(`${RANK}_local`), RANK_COLUMNS);
    }
  });

  it('inserts through the Distributed table: rows land on both shards and the Distributed table returns them all', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => ['game', i + 1, 1000 + i, 7, `anchor ${i}`, '9007199254740993', `${i}.5`, '12.25', '0.1250', '2026-11-25']);
    await engine.insertRows(RANK, RANK_COLUMNS.map((c) => c.name), rows);
    const counts = await Promise.all(shards.map(async (s) => Number((await s.query(`SELECT count() FROM ${RANK}_local`)).rows[0][0])));
    assert.ok(counts.every((n) => n > 0), `rows per shard: ${counts.join(', ')}`);
    assert.equal(counts[0] + counts[1], 20);
    const all = await engine.query(`SELECT * FROM ${RANK} ORDER BY rank_no`);
    assert.deepEqual(all.columns, RANK_COLUMNS);
    assert.deepEqual(all.rows[0], ['game', 1, 1000, 7, 'anchor 0', 9007199254740993n, '0.50', '12.25', '0.1250', '2026-11-25']);
    assert.deepEqual(all.rows.map((r) => r[1]), Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('refuses a bad row before sending any, naming the row and column', async () => {
    await assert.rejects(
      engine.insertRows(RANK, ['category', 'rank_no', 'p_date'], [['a', 1, '2026-11-26'], ['b', 'first', '2026-11-26']]),
      rejects('data', "'ads.ads_live_room_rank_1d' row 2, column 'rank_no' (Nullable(Int32)): 'first' is not an integer (INT)"),
    );
    assert.deepEqual((await engine.query(`SELECT count() FROM ${RANK} WHERE p_date = '2026-11-26'`)).rows, [[0]]);
  });

  it('adds a column on the cluster, a second time does nothing; retypes one; drops one', async () => {
    const note = { name: 'ext_note', type: 'STRING', partition: false };
    await engine.alterTable(RANK, { kind: 'add-columns', columns: [note] });
    await engine.alterTable(RANK, { kind: 'add-columns', columns: [note] });
    const added = [...RANK_COLUMNS, { name: 'ext_note', type: 'Nullable(String)' }];
    assert.deepEqual(await engine.tableColumns(RANK), added);
    for (const shard of shards) assert.deepEqual(await shard.tableColumns(`${RANK}_local`), added);

    await engine.alterTable(RANK, { kind: 'retype-column', column: 'rank_no', type: 'BIGINT' });
    assert.deepEqual((await engine.tableColumns(RANK))?.[1], { name: 'rank_no', type: 'Nullable(Int64)' });

    await engine.alterTable(RANK, { kind: 'drop-columns', columns: ['ext_note'] });
    await engine.alterTable(RANK, { kind: 'drop-columns', columns: ['ext_note'] });
    for (const shard of shards) assert.deepEqual((await shard.tableColumns(`${RANK}_local`))?.map((c) => c.name), RANK_COLUMNS.map((c) => c.name));
    assert.deepEqual((await engine.query(`SELECT count() FROM ${RANK}`)).rows, [[20]]);
  });

  it('describes a query without running it', async () => {
    assert.deepEqual(await engine.describe(`SELECT category, sum(gift_amount) AS gift, count() AS n FROM ${RANK} GROUP BY category; -- per category`), [
      { name: 'category', type: 'Nullable(String)' }, { name: 'gift', type: 'Nullable(Decimal(38, 2))' }, { name: 'n', type: 'UInt64' },
    ]);
  });

  // [query, message, location (0-based line, character) or undefined]
  const bad: [string, string, [number, number] | undefined][] = [
    [`SELECT nosuch FROM ${RANK}`, "target 'serving': ClickHouse code 47: Unknown identifier: nosuch", undefined],
    ['SELECT 1 FROM ads.nosuch', "target 'serving': ClickHouse code 60: Table ads.nosuch doesn't exist.", undefined],
    [
      'SELECT category\nFROM ads.ads_live_room_rank_1d\nWHER rank_no = 1',
      "target 'serving': ClickHouse code 62: Syntax error: failed at line 3, column 6: rank_no = 1. Expected one of: FINAL, PREWHERE, UNION ALL, JOIN, array join, ORDER BY, ...",
      [2, 5],
    ],
  ];
  for (const [sql, message, at] of bad) {
    it(`describe refuses: ${message.slice(0, 60)}`, async () => {
      await assert.rejects(engine.describe(sql), (e: unknown) => {
        assert.ok(e instanceof StrataError);
        assert.deepEqual([e.code, e.message, e.location && [e.location.line, e.location.character]], ['engine', message, at]);
        return true;
      });
    });
  }

  it('normalizes values as QueryResult says', async () => {
    const result = await engine.query("SELECT toInt64('9007199254740993') AS big, toInt32(-5) AS small, CAST('1.50' AS Decimal(18, 2)) AS d, toDate('2026-11-25') AS day, "
      + "toDateTime('2026-11-25 10:00:00') AS ts, [1, 2] AS arr, (1, 'a') AS tup, CAST(NULL AS Nullable(String)) AS nothing, 0.5 AS f");
    assert.deepEqual(result.rows, [[9007199254740993n, -5, '1.50', '2026-11-25', '2026-11-25 10:00:00', [1, 2], [1, 'a'], null, 0.5]]);
  });

  it('round-trips ARRAY, STRUCT, MAP (JSON text on 18.16), TIMESTAMP, DATE and BOOLEAN columns', async () => {
    const nested: TableInfo = {
      name: 'ads.ads_nested_types', temporary: false, kind: 'table', options: {},
      columns: [['tags', 'ARRAY<STRING>'], ['device', 'STRUCT<os:STRING, version:INT>'], ['props', 'MAP<STRING,BIGINT>'], ['seen_at', 'TIMESTAMP'], ['day', 'DATE'], ['vip', 'BOOLEAN'], ['p_date', 'STRING']]
        .map(([name, type]) => ({ name, type, partition: name === 'p_date' })),
    };
    await engine.createTable(nested);
    assert.deepEqual((await engine.tableColumns(nested.name))?.map((c) => c.type), [
      'Array(Nullable(String))', 'Tuple(Nullable(String), Nullable(Int32))', 'Nullable(String)', 'Nullable(DateTime)', 'Nullable(Date)', 'Nullable(UInt8)', 'String',
    ]);
    await engine.insertRows(nested.name, nested.columns.map((c) => c.name), [[['a', null], { os: 'ios', version: 17 }, { gifts: 3 }, '2026-11-25 10:00:00.250', '2026-11-25', true, '2026-11-25']]);
    const back = await engine.query(`SELECT * FROM ${nested.name}`);
    assert.deepEqual(back.rows, [[['a', null], ['ios', 17], '{"gifts":3}', '2026-11-25 10:00:00', '2026-11-25', 1, '2026-11-25']]);
    await engine.dropTable(nested.name);
  });

  it('stops a statement at its timeout', async () => {
    await assert.rejects(
      engine.query('SELECT count() FROM system.numbers', { timeoutMs: 1000 }),
      rejects('timeout', "target 'serving': the statement did not finish within 1000 ms and was stopped; narrow it, or raise the timeout"),
    );
  });

  it('has no transactions', async () => {
    await assert.rejects(engine.transaction(async () => 1), rejects('usage', "target 'serving' is ClickHouse, which has no transactions; check capabilities.transactions before calling transaction()"));
  });

  it('converges when a publish was killed between the local and the Distributed DDL', async () => {
    // Killed after the local table was created: the Distributed one is missing.
    await shards[0].execute(`DROP TABLE ${RANK} ON CLUSTER ${cluster.cluster}`);
    await engine.createTable(rank);
    assert.deepEqual(await engine.tableColumns(RANK), [...RANK_COLUMNS.slice(0, 1), { name: 'rank_no', type: 'Nullable(Int64)' }, ...RANK_COLUMNS.slice(2)]);
    // Killed after the local tables were altered: the Distributed one still has the old shape.
    await shards[0].execute(`ALTER TABLE ${RANK}_local ON CLUSTER ${cluster.cluster} ADD COLUMN ext_flag Nullable(UInt8)`);
    await engine.alterTable(RANK, { kind: 'add-columns', columns: [{ name: 'ext_flag', type: 'BOOLEAN', partition: false }] });
    assert.deepEqual((await engine.tableColumns(RANK))?.slice(-1), [{ name: 'ext_flag', type: 'Nullable(UInt8)' }]);
    assert.deepEqual((await engine.query(`SELECT count() FROM ${RANK}`)).rows, [[20]]);
  });

  it('drops the Distributed and the local tables on every shard; again does nothing; creates it anew after', async () => {
    await engine.dropTable(RANK);
    await engine.dropTable(RANK);
    assert.equal(await engine.tableColumns(RANK), undefined);
    for (const shard of shards) assert.deepEqual((await shard.query("SELECT name FROM system.tables WHERE database = 'ads'")).rows, []);
    await engine.createTable(rank);
    assert.deepEqual(await engine.tableColumns(RANK), RANK_COLUMNS);
    assert.deepEqual((await engine.query(`SELECT count() FROM ${RANK}`)).rows, [[0]]);
    await engine.dropTable(RANK);
  });

  it('says in one line that a server is unreachable, naming the target', async () => {
    await assert.rejects(
      openClickHouse({ target: 'serving', host: '127.0.0.1', port: cluster.closedPort, user: 'default', password: cluster.password }),
      rejects('config', `target 'serving': cannot reach ClickHouse at http://127.0.0.1:${cluster.closedPort} (ECONNREFUSED); start the server, or fix targets.serving.host / port in strata.yaml`),
    );
  });

  it('names the HTTPS address of a secure target it cannot reach', async () => {
    await assert.rejects(
      openClickHouse({ target: 'serving', host: '127.0.0.1', port: cluster.closedPort, secure: true }),
      rejects('config', `target 'serving': cannot reach ClickHouse at https://127.0.0.1:${cluster.closedPort} (ECONNREFUSED); start the server, or fix targets.serving.host / port in strata.yaml`),
    );
  });

  it('says in one line that the login was refused, never showing the password', async () => {
    const password = 'not-the-password-0123';
    await assert.rejects(openClickHouse({ target: 'serving', host: '127.0.0.1', port: cluster.httpPorts[1], user: 'default', password }), (e: unknown) => {
      assert.ok(e instanceof StrataError);
      assert.equal(e.message, `target 'serving': ClickHouse at http://127.0.0.1:${cluster.httpPorts[1]} refused user 'default' (code 193: wrong user or password); check targets.serving.user and the variable behind its password`);
      assert.ok(!`${e.message}${e.stack}`.includes(password) && !e.message.includes(cluster.password));
      return true;
    });
  });
});
