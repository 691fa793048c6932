import assert from 'node:assert/strict';
import { openClickHouse, type ClickHouseEngine } from '../../src/engines';
import { StrataError } from '../../src/errors';
import { openClickHouseState } from '../../src/publish';
import { plan } from '../../src/tasks/plan';
import { publish, type PublishOptions } from '../../src/tasks/publish';
import { clusterUnavailable, startClickHouseCluster, type ClickHouseCluster } from '../helpers/clickhouse-cluster';
import { copyLive, type LiveCopy } from './live-copy';

const RANK = 'tables/ads/ads_live_room_rank_1d.sql';
const ADS = ['ads.ads_live_anchor_income_1d', 'ads.ads_live_overview_1d', 'ads.ads_live_room_hot_5min', 'ads.ads_live_room_rank_1d', 'ads.ads_live_room_realtime_1min', 'ads.ads_live_user_retention_1d'];

describe('publish to a ClickHouse serving target on a two-shard cluster', function () {
  this.timeout(300_000);
  let cluster: ClickHouseCluster;
  let engine: ClickHouseEngine;
  let project: LiveCopy;
  const env = { STRATA_TEST_CH_PORT: '', STRATA_TEST_CH_PASSWORD: '' };
  const run = (options: Partial<PublishOptions> = {}) => publish({ cwd: project.dir, cache: false, target: 'serving', ...options });

  /** The cluster holds exactly the tables and columns the state records, and no journal step twice. */
  async function assertConverged(): Promise<void> {
    const state = await openClickHouseState(engine, 'serving').read();
    assert.deepEqual(Object.keys(state.tables).sort(), ADS);
    for (const t of Object.values(state.tables)) {
      assert.deepEqual((await engine.tableColumns(t.name))?.map((c) => c.name), t.columns.map((c) => c.name), t.name);
    }
  }

  before(async function () {
    const why = clusterUnavailable();
    if (why) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    cluster = await startClickHouseCluster();
    Object.assign(env, { STRATA_TEST_CH_PORT: String(cluster.httpPorts[0]), STRATA_TEST_CH_PASSWORD: cluster.password });
    Object.assign(process.env, env);
    engine = await openClickHouse({ target: 'serving', host: '127.0.0.1', port: cluster.httpPorts[0], user: cluster.user, password: cluster.password, cluster: cluster.cluster });
    project = copyLive('strata-publish-ch-');
    project.edit('strata.yaml', 'local: {engine: duckdb, path: .strata/local.duckdb}', [
      'local: {engine: duckdb, path: .strata/local.duckdb}',
      `  serving: {engine: clickhouse, host: 127.0.0.1, port: '\${env:STRATA_TEST_CH_PORT}', user: ${cluster.user}, password: '\${env:STRATA_TEST_CH_PASSWORD}', cluster: ${cluster.cluster}, tables: ['ads.*']}`,
    ].join('\n'));
  });

  after(async () => {
    project?.cleanup();
    await engine?.close();
    await cluster?.stop();
    for (const k of Object.keys(env)) delete process.env[k];
  });

  it('publishes the ADS tables from empty, then is up to date', async () => {
    const result = await run();
    assert.deepEqual([result.status, result.plan.steps.filter((s) => s.action === 'create-table').map((s) => s.table).sort()], ['applied', ADS]);
    await assertConverged();
    assert.equal((await run()).status, 'up-to-date');
  });

  it('adds a column on the cluster (non-breaking)', async () => {
    project.edit(RANK, "  rank_no       INT           COMMENT 'rank within the category, 1 = hottest',\n",
      "  rank_no       INT           COMMENT 'rank within the category, 1 = hottest',\n  room_title    STRING        COMMENT 'room title',\n");
    const planned = await plan({ cwd: project.dir, cache: false, target: 'serving' });
    assert.deepEqual(planned.steps.map((s) => s.description), ['add column room_title to ads.ads_live_room_rank_1d']);
    assert.equal((await run()).status, 'applied');
    assert.ok((await engine.tableColumns('ads.ads_live_room_rank_1d'))!.some((c) => c.name === 'room_title'));
    await assertConverged();
  });

  it('refuses to drop a column without --allow-destructive, and converges after a publish stopped mid-way', async () => {
    project.edit(RANK, "  room_title    STRING        COMMENT 'room title',\n", '');
    await assert.rejects(run(), (e: unknown) => e instanceof StrataError && /breaking change/.test(e.message) && !e.message.includes(cluster.password));
    assert.ok((await engine.tableColumns('ads.ads_live_room_rank_1d'))!.some((c) => c.name === 'room_title'), 'nothing applied');
    project.edit(RANK, "  rank_no       INT           COMMENT 'rank within the category, 1 = hottest',\n",
      "  rank_no       INT           COMMENT 'rank within the category, 1 = hottest',\n  room_tag      STRING        COMMENT 'room tag',\n");
    await assert.rejects(run({ allowDestructive: true, fault: (n, phase) => { if (n === 1 && phase === 'recorded') throw new Error('stopped'); } }), /stopped/);
    const rest = await run({ allowDestructive: true });
    assert.deepEqual([rest.status, rest.plan.steps.length], ['applied', 1]);
    await assertConverged();
    assert.equal((await run()).status, 'up-to-date');
  });
});
