import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openClickHouse, openDuckDb, type ClickHouseEngine } from '../../src/engines';
import { StrataError } from '../../src/errors';
import { openClickHouseState } from '../../src/publish';
import { runJobs, type RunResult } from '../../src/tasks';
import { publish } from '../../src/tasks/publish';
import { clusterUnavailable, startClickHouseCluster, type ClickHouseCluster } from '../helpers/clickhouse-cluster';
import { copyLive, type LiveCopy } from '../publish/live-copy';

/*
 * A ClickHouse serving target on a real two-shard cluster: `strata run --load` loads what a local
 * run wrote, and bad input (unreachable server, wrong password, a statement the server refuses
 * mid-publish or mid-load, a stopped shard) is one line naming the target and the step.
 */

const ADS = ['ads.ads_live_anchor_income_1d', 'ads.ads_live_overview_1d', 'ads.ads_live_room_rank_1d', 'ads.ads_live_user_retention_1d'];
const RANK = 'ads.ads_live_room_rank_1d';
const DAYS = ['2026-11-24', '2026-11-25'];
const INCOMPLETE = "; the partition on 'serving' may be incomplete: fix the cause and run again to replace it";

/** The loads of a run of both days, in run order: [date, table, rows]. */
const LOADS = [
  ['2026-11-24', 'ads.ads_live_overview_1d', 4], ['2026-11-24', 'ads.ads_live_room_rank_1d', 3], ['2026-11-24', 'ads.ads_live_user_retention_1d', 1], ['2026-11-24', 'ads.ads_live_anchor_income_1d', 3],
  ['2026-11-25', 'ads.ads_live_overview_1d', 5], ['2026-11-25', 'ads.ads_live_room_rank_1d', 5], ['2026-11-25', 'ads.ads_live_user_retention_1d', 8], ['2026-11-25', 'ads.ads_live_anchor_income_1d', 5],
];

/** ads_live_room_rank_1d of 2026-11-25 as the Distributed table returns it, ordered by category and rank. */
const RANK_ROWS = [
  ['chat', 1, 1003, 2003, 'Mia Talks', 1, '1.00', '4.20', '1.0000', '2026-11-25'],
  ['game', 1, 1005, 2005, 'Leo Runs', 1, '500.00', '501.08', '0.7553', '2026-11-25'],
  ['game', 2, 1002, 2002, 'Kai Plays', 2, '162.00', '168.43', '0.2447', '2026-11-25'],
  ['music', 1, 1001, 2001, 'Luna Song', 1, '29.90', '37.30', '1.0000', '2026-11-25'],
  ['shop', 1, 1004, 2004, 'Ava Beauty', 1, '0.00', '1.06', '0.0000', '2026-11-25'],
];

function refused(code: StrataError['code'], message: string | RegExp) {
  return (e: unknown) => {
    assert.ok(e instanceof StrataError, String(e));
    assert.equal(e.code, code);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    assert.ok(!e.message.includes('\n'), 'one line');
    return true;
  };
}

describe('a ClickHouse serving target on a two-shard cluster: run --load and bad input', function () {
  this.timeout(300_000);
  let cluster: ClickHouseCluster;
  let engine: ClickHouseEngine;
  let shards: ClickHouseEngine[];
  let project: LiveCopy;
  const env: Record<string, string> = {};
  const run = (options: Partial<Parameters<typeof runJobs>[0]> = {}): Promise<RunResult> => runJobs({ cwd: project.dir, from: DAYS[0], to: DAYS[1], load: ['serving'], env, ...options });
  const count = async (e: ClickHouseEngine, table: string) => Number((await e.query(`SELECT count() FROM ${table}`)).rows[0][0]);
  const loads = (r: RunResult) => r.loads.map((l) => [l.date, l.table, l.rows, l.status, l.message ?? '']);
  /** Every row of `table` the local DuckDB target holds, as the values ClickHouse gives back. */
  async function localRows(table: string): Promise<string[]> {
    const duck = await openDuckDb({ path: path.join(project.dir, '.strata', 'local.duckdb') });
    try {
      return (await duck.query(`SELECT * FROM ${table}`)).rows.map((r) => JSON.stringify(r, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))).sort();
    } finally {
      await duck.close();
    }
  }

  before(async function () {
    const why = clusterUnavailable();
    if (why) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    cluster = await startClickHouseCluster();
    Object.assign(env, { STRATA_TEST_CH_PORT: String(cluster.httpPorts[0]), STRATA_TEST_CH_PASSWORD: cluster.password, STRATA_TEST_CH_CLUSTER: cluster.cluster });
    // publish reads the environment of the process.
    Object.assign(process.env, env);
    const connect = (port: number, withCluster: boolean) =>
      openClickHouse({ target: 'serving', host: '127.0.0.1', port, user: cluster.user, password: cluster.password, ...(withCluster ? { cluster: cluster.cluster } : {}) });
    engine = await connect(cluster.httpPorts[0], true);
    shards = [await connect(cluster.httpPorts[0], false), await connect(cluster.httpPorts[1], false)];
    project = copyLive('strata-run-ch-');
    project.edit('strata.yaml', 'local: {engine: duckdb, path: .strata/local.duckdb}', [
      'local: {engine: duckdb, path: .strata/local.duckdb}',
      `  serving: {engine: clickhouse, host: 127.0.0.1, port: '\${env:STRATA_TEST_CH_PORT}', user: ${cluster.user}, password: '\${env:STRATA_TEST_CH_PASSWORD}', cluster: '\${env:STRATA_TEST_CH_CLUSTER}', tables: ['ads.*']}`,
    ].join('\n'));
    await publish({ cwd: project.dir, cache: false });
  });

  after(async () => {
    project?.cleanup();
    for (const e of [engine, ...(shards ?? [])]) await e?.close();
    await cluster?.stop();
    for (const k of Object.keys(env)) delete process.env[k];
  });

  it('refuses --load before the serving tables are published, naming the table and what to do', async () => {
    await assert.rejects(run(), refused('usage', "table ads.ads_live_anchor_income_1d is not on target 'serving'; run `strata publish --target serving` first"));
  });

  it('runs two days locally and loads exactly the ADS partitions written; the Distributed table returns them from both shards', async () => {
    assert.equal((await publish({ cwd: project.dir, cache: false, target: 'serving' })).status, 'applied');
    const result = await run();
    assert.deepEqual([result.succeeded, result.failed, result.skipped], [36, 0, 0]);
    assert.deepEqual(loads(result), LOADS.map((l) => [...l, 'loaded', '']));
    assert.deepEqual(result.loads.map((l) => [l.target, l.partition]), LOADS.map(([date]) => ['serving', { p_date: date }]));
    for (const table of ADS) assert.deepEqual((await engine.query(`SELECT * FROM ${table}`)).rows.map((r) => JSON.stringify(r)).sort(), await localRows(table), table);
    assert.deepEqual((await engine.query(`SELECT * FROM ${RANK} WHERE p_date = '2026-11-25' ORDER BY category, rank_no`)).rows, RANK_ROWS);
    const perShard = await Promise.all(shards.map(async (s) => (await Promise.all(ADS.map((t) => count(s, `${t}_local`)))).reduce((a, b) => a + b, 0)));
    assert.ok(perShard.every((n) => n > 0), `rows per shard: ${perShard.join(', ')}`);
    assert.equal(perShard[0] + perShard[1], 34);
  });

  it('re-running a day replaces its partitions: nothing duplicated, the other day kept', async () => {
    const before = await Promise.all(ADS.map((t) => count(engine, t)));
    const again = await run({ from: undefined, to: undefined, date: '2026-11-25' });
    assert.deepEqual(loads(again), LOADS.slice(4).map((l) => [...l, 'loaded', '']));
    assert.deepEqual(await Promise.all(ADS.map((t) => count(engine, t))), before);
    assert.deepEqual((await engine.query(`SELECT * FROM ${RANK} WHERE p_date = '2026-11-25' ORDER BY category, rank_no`)).rows, RANK_ROWS);
  });

  it('--dry-run lists the loads and connects to nothing', async () => {
    const planned = await run({ dryRun: true, env: { ...env, STRATA_TEST_CH_PORT: String(cluster.closedPort), STRATA_TEST_CH_PASSWORD: 'unused' } });
    assert.deepEqual(loads(planned), LOADS.map(([date, table]) => [date, table, 0, 'planned', '']));
  });

  // [what, run options, expected code, message]
  const badRuns: [string, () => Partial<Parameters<typeof runJobs>[0]>, StrataError['code'], () => string][] = [
    ['a target that is not clickhouse', () => ({ load: ['local'] }), 'usage', () => "--load local: target 'local' uses engine 'duckdb'; --load takes a clickhouse serving target (strata run itself runs on a duckdb --target)"],
    ['a target none of whose tables the selected jobs write', () => ({ selector: 'dws_live_room_1d' }), 'usage', () => "--load serving: no selected job writes a table of target 'serving' (tables: ads.*); select the jobs writing them, or fix targets.serving.tables in strata.yaml"],
    ['a password variable that is not set', () => ({ env: { STRATA_TEST_CH_PORT: env.STRATA_TEST_CH_PORT } }), 'config', () => "targets.serving.password: environment variable 'STRATA_TEST_CH_PASSWORD' is not set; export it before running this command"],
    ['a wrong password', () => ({ env: { ...env, STRATA_TEST_CH_PASSWORD: 'wrong-Secret-42' } }), 'config', () => `target 'serving': ClickHouse at http://127.0.0.1:${cluster.httpPorts[0]} refused user 'default' (code 193: wrong user or password); check targets.serving.user and the variable behind its password`],
    ['an unreachable server', () => ({ env: { ...env, STRATA_TEST_CH_PORT: String(cluster.closedPort) } }), 'config', () => `target 'serving': cannot reach ClickHouse at http://127.0.0.1:${cluster.closedPort} (ECONNREFUSED); start the server, or fix targets.serving.host / port in strata.yaml`],
    ['a cluster the server does not know', () => ({ env: { ...env, STRATA_TEST_CH_CLUSTER: 'nope' } }), 'config', () => "target 'serving': ClickHouse has no cluster 'nope' in its remote_servers; fix targets.serving.cluster in strata.yaml"],
  ];
  for (const [what, options, code, message] of badRuns) {
    it(`run --load refuses ${what} in one line before any job runs`, async () => {
      let started = false;
      await assert.rejects(run({ ...options(), onStart: () => (started = true) }), refused(code, message()));
      assert.equal(started, false, 'nothing ran');
    });
  }

  it('a load the server refuses fails that load alone, naming the target, table and partition', async () => {
    // The shards' tables drifted from the contract: a value the job writes no longer fits there.
    await shards[0].execute(`ALTER TABLE ${RANK}_local ON CLUSTER ${cluster.cluster} MODIFY COLUMN anchor_name Nullable(Int64)`);
    try {
      const result = await run({ date: '2026-11-25', from: undefined, to: undefined });
      assert.deepEqual(loads(result).map((l) => l.slice(1, 4)), LOADS.slice(4).map(([, table, rows]) => (table === RANK ? [table, 0, 'failed'] : [table, rows, 'loaded'])));
      assert.match(result.loads.find((l) => l.table === RANK)!.message!, new RegExp(`^target 'serving': loading ads\\.ads_live_room_rank_1d \\[p_date=2026-11-25\\] failed: ClickHouse code 171: Block structure mismatch in RemoteBlockOutputStream stream: different types: .+\\.\\.\\.${INCOMPLETE}$`));
    } finally {
      await shards[0].execute(`ALTER TABLE ${RANK}_local ON CLUSTER ${cluster.cluster} MODIFY COLUMN anchor_name Nullable(String)`);
    }
  });

  it('publish: a CREATE the server refuses mid-publish stops there in one line; the steps before are recorded, that one is not; fixed, a re-run converges', async () => {
    const table = (name: string) => `CREATE TABLE ads.${name} (room_id BIGINT, note STRING) PARTITIONED BY (p_date STRING);\n`;
    for (const name of ['ads_live_a_1d', 'ads_live_b_1d']) fs.writeFileSync(path.join(project.dir, 'tables', 'ads', `${name}.sql`), table(name));
    // Another table already holds the replication path of ads_live_b_1d_local on every shard.
    await shards[0].execute(`CREATE TABLE default.squatter ON CLUSTER ${cluster.cluster} (x Int64) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/ads/ads_live_b_1d_local', '{replica}') ORDER BY x`);
    try {
      await assert.rejects(publish({ cwd: project.dir, cache: false, target: 'serving' }),
        refused('engine', /^step 2 \(create table ads\.ads_live_b_1d\) failed: target 'serving': ClickHouse code \d+: .+; the steps before it are applied and recorded, this one is not: fix the cause and publish again$/));
      const state = await openClickHouseState(engine, 'serving').read();
      assert.deepEqual(['ads.ads_live_a_1d', 'ads.ads_live_b_1d'].map((t) => t in state.tables), [true, false]);
    } finally {
      await shards[0].execute(`DROP TABLE default.squatter ON CLUSTER ${cluster.cluster}`);
    }
    const rest = await publish({ cwd: project.dir, cache: false, target: 'serving' });
    assert.deepEqual([rest.status, rest.plan.steps.map((s) => s.description)], ['applied', ['create table ads.ads_live_b_1d']]);
    assert.equal((await publish({ cwd: project.dir, cache: false, target: 'serving' })).status, 'up-to-date');
  });

  it('publish: a wrong password or an unreachable server is one line naming the target, and nothing is applied', async () => {
    fs.writeFileSync(path.join(project.dir, 'tables', 'ads', 'ads_live_c_1d.sql'), 'CREATE TABLE ads.ads_live_c_1d (room_id BIGINT) PARTITIONED BY (p_date STRING);\n');
    const cases: [Record<string, string>, string][] = [
      [{ STRATA_TEST_CH_PASSWORD: 'wrong-Secret-42' }, `target 'serving': ClickHouse at http://127.0.0.1:${cluster.httpPorts[0]} refused user 'default' (code 193: wrong user or password); check targets.serving.user and the variable behind its password`],
      [{ STRATA_TEST_CH_PORT: String(cluster.closedPort) }, `target 'serving': cannot reach ClickHouse at http://127.0.0.1:${cluster.closedPort} (ECONNREFUSED); start the server, or fix targets.serving.host / port in strata.yaml`],
    ];
    for (const [bad, message] of cases) {
      Object.assign(process.env, bad);
      try {
        await assert.rejects(publish({ cwd: project.dir, cache: false, target: 'serving' }), refused('config', message));
      } finally {
        Object.assign(process.env, env);
      }
    }
    assert.equal(await engine.tableColumns('ads.ads_live_c_1d'), undefined);
    assert.equal('ads.ads_live_c_1d' in (await openClickHouseState(engine, 'serving').read()).tables, false);
  });

  it('with one shard stopped, run --load and publish stop at the start in one line naming the target and the shard; nothing runs', async () => {
    await cluster.stopShard(2);
    const message = `target 'serving': ClickHouse code 279: the server at 127.0.0.1:${cluster.tcpPorts[1]} of its cluster cannot be reached; start it, or fix the cluster's remote_servers`;
    let started = false;
    await assert.rejects(run({ date: '2026-11-25', from: undefined, to: undefined, onStart: () => (started = true) }), refused('engine', message));
    assert.equal(started, false, 'nothing ran');
    await assert.rejects(publish({ cwd: project.dir, cache: false, target: 'serving' }), refused('engine', message));
  });
});
