import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../../src/errors';
import type { TargetState } from '../../src/publish/state';
import { openPostgresState } from '../../src/publish/state-postgres';
import { plan } from '../../src/tasks/plan';
import { publish, type PublishOptions } from '../../src/tasks/publish';
import { FlinkGatewayFake } from '../fakes/flink-gateway-fake';
import { postgresUnavailable, startPostgres, type PostgresServer } from '../helpers/postgres-server';
import { AGGREGATE, flinkProject, GIFTS, UV, type FlinkProject } from './flink-project';

const id = (n: number) => n.toString(16).padStart(32, 'a');
const AGGREGATE_REASON = 'the aggregate list of INSERT INTO room_uv changed (COUNT(DISTINCT user_id) → COUNT(user_id)): the saved state is keyed and shaped by it';

describe('publish streaming jobs to a flink target with state in the shared PostgreSQL state: store', function () {
  this.timeout(120_000);
  let server: PostgresServer;
  let fake: FlinkGatewayFake;
  let project: FlinkProject;
  const env = { STRATA_TEST_STATE_PASSWORD: '' };
  const run = (options: Partial<PublishOptions> = {}) => publish({ cwd: project.dir, cache: false, target: 'stream', ...options });
  const planned = () => plan({ cwd: project.dir, cache: false, target: 'stream' });
  const held = async (): Promise<TargetState> => {
    const store = await openPostgresState({ target: 'stream', connection: { engine: 'postgres', host: server.host, port: server.port, database: server.database, user: server.user, password: server.password } });
    try {
      return await store.read();
    } finally {
      await store.close();
    }
  };

  before(async function () {
    const why = postgresUnavailable();
    if (why) {
      console.log(`      skipped: ${why}`);
      this.skip();
    }
    server = await startPostgres();
    env.STRATA_TEST_STATE_PASSWORD = server.password;
    Object.assign(process.env, env);
  });
  after(async () => {
    delete process.env.STRATA_TEST_STATE_PASSWORD;
    await server?.stop();
  });
  beforeEach(async () => {
    fake = new FlinkGatewayFake();
    project = flinkProject(await fake.start());
    const state = `state: {engine: postgres, host: 127.0.0.1, port: ${server.port}, database: ${server.database}, user: ${server.user}, password: '\${env:STRATA_TEST_STATE_PASSWORD}'}\n`;
    fs.appendFileSync(path.join(project.dir, 'strata.yaml'), state);
  });
  afterEach(async () => {
    await fake.stop();
    project.cleanup();
  });

  it('keeps job handles and SQL in the shared store (no local state file), and classifies the next edit from the SQL kept there', async () => {
    assert.deepEqual((await planned()).steps.map((s) => s.description), [`submit job ${GIFTS}`, `submit job ${UV}`]);
    assert.deepEqual(fake.http.requests, [], 'plan asks the gateway nothing');
    assert.equal((await run()).applied, 2);
    assert.equal(fs.existsSync(path.join(project.dir, '.strata', 'stream.state.duckdb')), false, 'no local state file');
    const state = await held();
    assert.deepEqual([state.jobs[GIFTS].handle, state.jobs[UV].handle], [{ jobId: id(1) }, { jobId: id(2) }]);
    assert.equal(state.jobs[UV].definition, fs.readFileSync(path.join(project.dir, UV), 'utf8').replace('${env}', 'prod'));
    assert.equal((await planned()).upToDate, true);

    project.edit(UV, ...AGGREGATE);
    const next = await planned();
    assert.deepEqual(next.changes.map((c) => 'streaming' in c && c.streaming), [{ verdict: 'state-incompatible', reason: AGGREGATE_REASON, columns: ['user_id'], lineage: ['room_uv.uv'] }]);
    const error = await run().then(() => assert.fail('expected a refusal'), (e: unknown) => e);
    assert.ok(error instanceof StrataError, String(error));
    assert.equal(error.message, `target 'stream': job ${UV} cannot restart from its savepoint: ${AGGREGATE_REASON}; nothing was applied: publish with --allow-state-reset to restart it without state`);
    assert.deepEqual((await held()).jobs[UV].handle, { jobId: id(2) }, 'state unchanged');
    assert.equal((await run({ allowStateReset: true })).applied, 2);
    assert.deepEqual([(await held()).jobs[UV].handle, (await held()).jobs[UV].version], [{ jobId: id(3) }, 2]);
  });
});
