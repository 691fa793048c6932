import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openClickHouse, openDuckDb } from '@strata/core';
import type * as ClusterHelper from '../core/dist/test/helpers/clickhouse-cluster';
import type * as FlinkFakes from '../core/dist/test/fakes/flink-gateway-fake';
import type * as HiveFakes from '../core/dist/test/fakes/hive-fake';
import type * as TrinoFakes from '../core/dist/test/fakes/trino-fake';
import { writeFiles } from './helpers/lint-fixtures';
import { assertNoStack, repoRoot, strataAll, tempDir, type CliRun } from './helpers/run-cli';

// The cluster helper and the protocol fakes are core's test helpers, loaded from core's build.
/* eslint-disable @typescript-eslint/no-require-imports */
const { clusterUnavailable, startClickHouseCluster } = require(path.join(repoRoot, 'core/dist/test/helpers/clickhouse-cluster')) as typeof ClusterHelper;
const { HiveFake } = require(path.join(repoRoot, 'core/dist/test/fakes/hive-fake')) as typeof HiveFakes;
const { TrinoFake } = require(path.join(repoRoot, 'core/dist/test/fakes/trino-fake')) as typeof TrinoFakes;
const { FlinkGatewayFake } = require(path.join(repoRoot, 'core/dist/test/fakes/flink-gateway-fake')) as typeof FlinkFakes;
/* eslint-enable @typescript-eslint/no-require-imports */

/*
 * Secrets never land in output, state or files: every command that reads strata.yaml's targets
 * runs against each engine (DuckDB, the real ClickHouse cluster behind a password, and the
 * HiveServer2, Trino and Flink SQL Gateway fakes that demand one), with the passwords in the
 * environment only; then every output line, state row and file written is scanned for them, and
 * so are the errors of wrong passwords.
 */

const SPARK = 'sp-Secret-7c1e';
const TRINO = 'tr-Secret-51d9';
const FLINK = 'fl-Secret-a04b';
const WRONG = 'wrong-Secret-42ff';

const PROJECT: Record<string, string> = {
  'strata.yaml': `name: secrets-demo
targets:
  local: {engine: duckdb, path: .strata/local.duckdb}
  serving: {engine: clickhouse, host: 127.0.0.1, port: '\${env:SEC_CH_PORT}', user: default, password: '\${env:SEC_CH_PASSWORD}', cluster: strata_test, tables: ['ads.*']}
  cluster: {engine: spark, host: 127.0.0.1, port: '\${env:SEC_SPARK_PORT}', user: etl, password: '\${env:SEC_SPARK_PASSWORD}', http_path: cliservice, database: live}
  lake: {engine: trino, host: 127.0.0.1, port: '\${env:SEC_TRINO_PORT}', user: etl, password: '\${env:SEC_TRINO_PASSWORD}', catalog: hive, database: live}
  stream: {engine: flink, host: 127.0.0.1, port: '\${env:SEC_FLINK_PORT}', user: etl, password: '\${env:SEC_FLINK_PASSWORD}'}
default_target: local
`,
  'tables/live/rooms.sql': 'CREATE TABLE live.rooms (room_id BIGINT, room_name STRING, anchor_id BIGINT);\n',
  'tables/dws/dws_room_stats_1d.sql': 'CREATE TABLE dws.dws_room_stats_1d (room_id BIGINT, room_name STRING) PARTITIONED BY (p_date STRING);\n',
  'tables/ads/ads_room_top_1d.sql': 'CREATE TABLE ads.ads_room_top_1d (room_id BIGINT, room_name STRING) PARTITIONED BY (p_date STRING);\n',
  'jobs/dws_room_stats_1d.sql': "/*---\ntype: batch\nschedule: '@daily'\n---*/\nINSERT OVERWRITE TABLE dws.dws_room_stats_1d PARTITION (p_date = '${date}')\nSELECT room_id, room_name\nFROM live.rooms;\n",
  'jobs/ads_room_top_1d.sql': "/*---\ntype: batch\nschedule: '@daily'\n---*/\nINSERT OVERWRITE TABLE ads.ads_room_top_1d PARTITION (p_date = '${date}')\nSELECT room_id, room_name\nFROM dws.dws_room_stats_1d\nWHERE p_date = '${date}';\n",
  'seeds/rooms.csv': 'room_id,room_name,anchor_id\n1,Music hall,10\n2,Game night,20\n',
  'jobs/rt_room_clicks.sql': `/*---
type: streaming
---*/
SET 'pipeline.name' = 'rt_room_clicks';

CREATE TEMPORARY TABLE click_events (room_id BIGINT, clicks BIGINT) WITH ('connector' = 'kafka', 'topic' = 'click_events', 'format' = 'json');

CREATE TEMPORARY TABLE click_sum (room_id BIGINT, clicks BIGINT) WITH ('connector' = 'print');

INSERT INTO click_sum
SELECT room_id, SUM(clicks) AS clicks
FROM click_events
GROUP BY room_id;
`,
};

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('secrets: the passwords of every engine appear in no output, state row or file', function () {
  this.timeout(300_000);
  const project = tempDir();
  const site = tempDir();
  const spark = new HiveFake(`etl:${SPARK}`);
  const trino = new TrinoFake(`etl:${TRINO}`);
  const flink = new FlinkGatewayFake(`etl:${FLINK}`);
  let stopCluster: (() => Promise<void>) | undefined;
  let env: NodeJS.ProcessEnv;
  let secrets: string[];
  /** Everything a command printed, with what it ran. */
  const printed: { what: string; text: string }[] = [];

  before(async function () {
    const why = clusterUnavailable();
    if (why) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    const cluster = await startClickHouseCluster();
    stopCluster = () => cluster.stop();
    env = {
      ...process.env,
      SEC_CH_PORT: String(cluster.httpPorts[0]), SEC_CH_PASSWORD: cluster.password,
      SEC_SPARK_PORT: String(await spark.start()), SEC_SPARK_PASSWORD: SPARK,
      SEC_TRINO_PORT: String(await trino.start()), SEC_TRINO_PASSWORD: TRINO,
      SEC_FLINK_PORT: String(await flink.start()), SEC_FLINK_PASSWORD: FLINK,
    };
    secrets = [cluster.password, SPARK, TRINO, FLINK, WRONG];
    writeFiles(project.dir, PROJECT);
  });
  after(async () => {
    await Promise.all([spark.stop(), trino.stop(), flink.stop()]);
    await stopCluster?.();
    project.cleanup();
    site.cleanup();
  });

  /** The CLI run apart (the fakes answer from this process meanwhile), its output kept for the scan. */
  async function cli(args: string[], changed: NodeJS.ProcessEnv = {}): Promise<CliRun> {
    const [r] = await strataAll([[args, project.dir]], { ...env, ...changed });
    printed.push({ what: `strata ${args.join(' ')}`, text: `${r.stdout}\n${r.stderr}` });
    assertNoStack(r.stderr);
    return r;
  }

  // [args, exit code]: every verb on every engine it reaches, each expected to do its work.
  const COMMANDS: [string[], number][] = [
    [['check'], 0],
    [['lint'], 1],
    [['docs', 'build', '--out', '<site>'], 0],
    [['plan'], 0],
    [['publish', '--yes'], 0],
    [['plan', '--target', 'serving'], 0],
    [['publish', '--target', 'serving', '--yes'], 0],
    [['publish', '--target', 'serving', '--yes', '--json'], 0],
    [['run', '--date', '2026-11-25', '--load', 'serving'], 0],
    [['run', '--date', '2026-11-25', '--load', 'serving', '--json'], 0],
    [['dry-run', 'dws_room_stats_1d', '--date', '2026-11-25'], 0],
    // The serving target holds the ADS layer only: ClickHouse answers that the DWS table it reads is not there.
    [['dry-run', 'ads_room_top_1d', '--date', '2026-11-25', '--target', 'serving'], 1],
    [['dry-run', 'dws_room_stats_1d', '--date', '2026-11-25', '--target', 'cluster'], 0],
    [['dry-run', 'dws_room_stats_1d', '--date', '2026-11-25', '--target', 'lake', '--json'], 0],
    [['plan', '--target', 'stream'], 0],
    [['publish', '--target', 'stream', '--yes'], 0],
  ];
  for (const [args, status] of COMMANDS) {
    it(`strata ${args.join(' ')} exits ${status}`, async () => {
      const r = await cli(args.map((a) => (a === '<site>' ? site.dir : a)));
      assert.equal(r.status, status, `${r.stdout}\n${r.stderr}`);
    });
  }

  // [args, the variable holding the wrong password]: the refusal is one line naming the target, exit 2.
  const WRONG_PASSWORD: [string[], string][] = [
    [['plan', '--target', 'serving'], 'SEC_CH_PASSWORD'],
    [['publish', '--target', 'serving', '--yes'], 'SEC_CH_PASSWORD'],
    [['run', '--date', '2026-11-25', '--load', 'serving'], 'SEC_CH_PASSWORD'],
    [['dry-run', 'ads_room_top_1d', '--target', 'serving'], 'SEC_CH_PASSWORD'],
    [['dry-run', 'dws_room_stats_1d', '--target', 'cluster'], 'SEC_SPARK_PASSWORD'],
    [['dry-run', 'dws_room_stats_1d', '--target', 'lake'], 'SEC_TRINO_PASSWORD'],
    [['publish', '--target', 'stream', '--yes'], 'SEC_FLINK_PASSWORD'],
  ];
  for (const [args, variable] of WRONG_PASSWORD) {
    it(`strata ${args.join(' ')} with a wrong ${variable}: one line naming the target, exit 2`, async () => {
      const r = await cli(args, { [variable]: WRONG });
      assert.equal(r.status, 2, r.stdout);
      assert.match(r.stderr, /^error {2}.*target '(serving|cluster|lake|stream)'[^\n]*(refused|credentials)[^\n]*\n$/);
    });
  }

  it('no output line holds a secret', () => {
    assert.equal(printed.length, COMMANDS.length + WRONG_PASSWORD.length);
    for (const { what, text } of printed) for (const secret of secrets) assert.ok(!text.includes(secret), `${what} printed a secret:\n${text}`);
  });

  it('no file written under the project or the docs site holds a secret (.strata/, state, scheduler artefacts, cache, site)', () => {
    const files = [...filesUnder(project.dir), ...filesUnder(site.dir)];
    const written = new Set(files.map((f) => path.relative(project.dir, f).split(path.sep).join('/')));
    const expected = ['.strata/local.duckdb', '.strata/stream.state.duckdb', '.strata/targets/local/scheduler/airflow/secrets-demo_daily.py', '.strata/targets/local/scheduler/dolphinscheduler/secrets-demo.json', `${path.relative(project.dir, site.dir)}/index.html`];
    for (const file of expected) assert.ok(written.has(file), `${file} in ${[...written].join(', ')}`);
    assert.ok([...written].some((f) => f.startsWith('.strata/cache/')), 'the analysis cache');
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      for (const secret of secrets) assert.equal(bytes.indexOf(Buffer.from(secret, 'utf8')), -1, `${file} holds a secret`);
    }
  });

  it('no state row holds a secret, on DuckDB or on the cluster', async () => {
    const rows: unknown[] = [];
    // The local target's file, and the state file of the Flink target (a gateway holds no state).
    for (const file of ['local.duckdb', 'stream.state.duckdb']) {
      const duck = await openDuckDb({ path: path.join(project.dir, '.strata', file) });
      try {
        for (const [table] of (await duck.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'strata'")).rows) rows.push(...(await duck.query(`SELECT * FROM strata.${String(table)}`)).rows);
      } finally {
        await duck.close();
      }
    }
    const ch = await openClickHouse({ target: 'serving', host: '127.0.0.1', port: Number(env.SEC_CH_PORT), password: env.SEC_CH_PASSWORD });
    try {
      rows.push(...(await ch.query('SELECT * FROM strata.state')).rows);
    } finally {
      await ch.close();
    }
    assert.ok(rows.length > 10, `${rows.length} state rows`);
    // The Flink job went through the gateway behind its password, and its state was recorded.
    assert.deepEqual(flink.jobs.map((j) => `${j.name} ${j.status}`), ['rt_room_clicks RUNNING']);
    const text = JSON.stringify(rows, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
    for (const secret of secrets) assert.ok(!text.includes(secret), 'a state row holds a secret');
  });
});
