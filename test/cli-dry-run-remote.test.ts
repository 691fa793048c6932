import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as HiveFakes from '../core/dist/test/fakes/hive-fake';
import type * as TrinoFakes from '../core/dist/test/fakes/trino-fake';
import { assertNoStack, repoRoot, strataAll, tempDir } from './helpers/run-cli';

// The fakes are core's test helpers; loaded from core's build (this package compiles apart).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HiveFake } = require(path.join(repoRoot, 'core/dist/test/fakes/hive-fake')) as typeof HiveFakes;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TrinoFake } = require(path.join(repoRoot, 'core/dist/test/fakes/trino-fake')) as typeof TrinoFakes;

const SPARK_SECRET = 'sp-Cli-s3cret';
const TRINO_SECRET = 'tr-Cli-s3cret';

const FILES: Record<string, string> = {
  'strata.yaml': `name: remote-demo
targets:
  cluster:
    engine: spark
    host: 127.0.0.1
    port: \${env:STRATA_TEST_SPARK_PORT}
    user: etl
    password: \${env:STRATA_TEST_SPARK_PASSWORD}
    http_path: cliservice
    database: live
  serving:
    engine: trino
    host: 127.0.0.1
    port: \${env:STRATA_TEST_TRINO_PORT}
    user: etl
    password: \${env:STRATA_TEST_TRINO_PASSWORD}
    catalog: hive
    database: live
`,
  'tables/live/rooms.sql': 'CREATE TABLE live.rooms (room_id BIGINT, room_name STRING, anchor_id BIGINT);\n',
  // Declared in the project but missing on the cluster: only the engine can tell.
  'tables/live/archive.sql': 'CREATE TABLE live.archive (room_id BIGINT, room_name STRING);\n',
  'tables/dws/dws_room_stats_1d.sql': 'CREATE TABLE dws.dws_room_stats_1d (room_id BIGINT, room_name STRING) PARTITIONED BY (p_date STRING);\n',
  'tables/dws/dws_room_archive_1d.sql': 'CREATE TABLE dws.dws_room_archive_1d (room_id BIGINT, room_name STRING) PARTITIONED BY (p_date STRING);\n',
  'jobs/dws_room_stats_1d.sql': "SET spark.sql.shuffle.partitions = 8;\n\nINSERT OVERWRITE TABLE dws.dws_room_stats_1d PARTITION (p_date = '${date}')\nSELECT room_id, room_name\nFROM live.rooms;\n",
  'jobs/dws_room_archive_1d.sql': "INSERT OVERWRITE TABLE dws.dws_room_archive_1d PARTITION (p_date = '${date}')\nSELECT room_id, room_name\nFROM  live.archive;\n",
};

const CLEAN = `dry-run dws_room_stats_1d (jobs/dws_room_stats_1d.sql, batch, spark) asking spark target cluster (EXPLAIN, nothing run)
vars: date=2026-11-25 hour=00 date_nodash=20261125

statements sent to spark:
  line  statement                                     sent as
  1     SET spark.sql.shuffle.partitions = 8          run (session only)
  3     INSERT OVERWRITE TABLE dws.dws_room_stats_1d  EXPLAIN

plan of INSERT OVERWRITE TABLE dws.dws_room_stats_1d (line 3):
  == Physical Plan ==
  *(1) Project [room_id, room_name]
  +- Scan hive spark_catalog.live.rooms

its query's output as spark describes it:
  column     type
  room_id    bigint
  room_name  string

✔ dws_room_stats_1d: dry-run clean
`;

describe('strata dry-run --target spark|trino (against protocol fakes)', () => {
  const spark = new HiveFake(`etl:${SPARK_SECRET}`);
  const trino = new TrinoFake(`etl:${TRINO_SECRET}`);
  const project = tempDir();
  const env = ['STRATA_TEST_SPARK_PORT', 'STRATA_TEST_SPARK_PASSWORD', 'STRATA_TEST_TRINO_PORT', 'STRATA_TEST_TRINO_PASSWORD'];

  before(async () => {
    for (const [file, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(project.dir, file)), { recursive: true });
      fs.writeFileSync(path.join(project.dir, file), text);
    }
    // strataAll passes this process's environment to the CLI: the secrets reach it only through ${env:...}.
    Object.assign(process.env, {
      STRATA_TEST_SPARK_PORT: String(await spark.start()),
      STRATA_TEST_SPARK_PASSWORD: SPARK_SECRET,
      STRATA_TEST_TRINO_PORT: String(await trino.start()),
      STRATA_TEST_TRINO_PASSWORD: TRINO_SECRET,
    });
  });
  after(async () => {
    for (const name of env) delete process.env[name];
    await spark.stop();
    await trino.stop();
    project.cleanup();
  });

  const run = async (...args: string[]) => (await strataAll([[['dry-run', ...args, '--date', '2026-11-25', '--no-cache'], project.dir]]))[0];

  it("shows the plan and the INSERT's output schema from the Spark Thrift Server, exit 0", async () => {
    const r = await run('dws_room_stats_1d', '--target', 'cluster');
    assert.deepEqual([r.status, r.stdout, r.stderr], [0, CLEAN, '']);
    assert.deepEqual(spark.statements.slice(0, 3), [
      'SET spark.sql.shuffle.partitions = 8',
      "EXPLAIN\nINSERT OVERWRITE TABLE dws.dws_room_stats_1d PARTITION (p_date = '2026-11-25')\nSELECT room_id, room_name\nFROM live.rooms",
      'SELECT * FROM (\nSELECT room_id, room_name\nFROM live.rooms\n) strata_describe LIMIT 0',
    ]);
  });

  for (const [target, message] of [
    ['cluster', 'spark: [TABLE_OR_VIEW_NOT_FOUND] The table or view `live`.`archive` cannot be found. Verify the spelling and correctness of the schema and catalog  spark'],
    ['serving', "trino: Table 'hive.live.archive' does not exist  trino"],
  ]) {
    it(`maps the ${target} engine's error to file:line:col of the job, exit 1`, async () => {
      const r = await run('dws_room_archive_1d', '--target', target);
      assert.equal(r.status, 1, r.stderr);
      assert.deepEqual(r.stdout.trimEnd().split('\n').slice(-2), [`jobs/dws_room_archive_1d.sql:3:7  error  ${message}`, '✖ dws_room_archive_1d: 1 error, 0 warnings']);
    });
  }

  it('gives the engine answer as data with --json', async () => {
    const r = await run('dws_room_stats_1d', '--target', 'cluster', '--json');
    const { result } = JSON.parse(r.stdout) as { result: { engine: string; remote: { engine: string; statements: { line: number; action: string; columns?: unknown }[] } } };
    assert.deepEqual([result.engine, result.remote.engine], ['ran', 'spark']);
    assert.deepEqual(result.remote.statements.map((s) => [s.line, s.action, s.columns ?? null]), [
      [0, 'session', null],
      [2, 'explain', [{ name: 'room_id', type: 'bigint' }, { name: 'room_name', type: 'string' }]],
    ]);
  });

  it("sends the job untranslated: Trino refuses Spark's SET, at its position", async () => {
    const r = await run('dws_room_stats_1d', '--target', 'serving');
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(r.stdout.trimEnd().split('\n').slice(-2), ["jobs/dws_room_stats_1d.sql:1:1  error  trino: mismatched input 'SET'  trino", '✖ dws_room_stats_1d: 1 error, 0 warnings']);
  });

  it('refuses wrong credentials in one line naming the target and step, exit 2, the password shown nowhere', async () => {
    process.env.STRATA_TEST_TRINO_PASSWORD = 'wrong-Cli-pw';
    try {
      const r = await run('dws_room_stats_1d', '--target', 'serving');
      assert.equal(r.status, 2);
      assertNoStack(r.stderr);
      assert.equal(r.stderr.trim(), `error  trino target 'serving' (127.0.0.1:${trino.http.port}): the server refused the credentials of user 'etl' during SELECT; check targets.serving.user and password (set the password through \${env:NAME})`);
      assert.ok(![r.stdout, r.stderr].some((out) => out.includes('wrong-Cli-pw') || out.includes(TRINO_SECRET)));
    } finally {
      process.env.STRATA_TEST_TRINO_PASSWORD = TRINO_SECRET;
    }
  });

  it('says which target cannot be reached, exit 2', async () => {
    const port = process.env.STRATA_TEST_SPARK_PORT;
    process.env.STRATA_TEST_SPARK_PORT = '1';
    try {
      const r = await run('dws_room_stats_1d', '--target', 'cluster');
      assert.equal(r.status, 2);
      assert.equal(r.stderr.trim(), "error  spark target 'cluster' (127.0.0.1:1): the connection failed during open session (connect ECONNREFUSED 127.0.0.1:1); check that the server is up and reachable, then run the command again");
    } finally {
      process.env.STRATA_TEST_SPARK_PORT = port;
    }
  });
});
