import assert from 'node:assert/strict';
import { openFlinkGateway, type FlinkGateway } from '../../src/engines/flink-gateway';
import { enginePosition, EngineRefusal, type RemoteTarget } from '../../src/engines/remote';
import { StrataError } from '../../src/errors';
import { FlinkGatewayFake } from '../fakes/flink-gateway-fake';

const SECRET = 'fl-s3cret-pw';
const JOB = [
  "SET 'pipeline.name' = 'rt_rooms'",
  "SET 'parallelism.default' = '2'",
  "CREATE TEMPORARY TABLE src (room_id BIGINT) WITH ('connector' = 'datagen')",
  "CREATE TEMPORARY TABLE snk (room_id BIGINT) WITH ('connector' = 'blackhole')",
  'EXECUTE STATEMENT SET BEGIN INSERT INTO snk SELECT room_id FROM src; END',
];

describe('flink sql gateway adapter (against a REST protocol fake)', () => {
  const fake = new FlinkGatewayFake(`etl:${SECRET}`);
  let target: RemoteTarget;
  let gateway: FlinkGateway;
  let where: string;

  before(async () => {
    const port = await fake.start();
    target = { target: 'stream', host: '127.0.0.1', port, user: 'etl', password: SECRET };
    where = `flink target 'stream' (127.0.0.1:${port})`;
    gateway = await openFlinkGateway(target);
  });
  after(async () => {
    await gateway.close();
    await fake.stop();
  });

  it('submits a job, stops it with a savepoint, restarts it from the savepoint and reports its state', async () => {
    const first = await gateway.submitJob(JOB);
    assert.deepEqual(await gateway.jobStatus(first), { id: first, name: 'rt_rooms', status: 'RUNNING' });
    const savepoint = await gateway.stopWithSavepoint(first);
    assert.equal(savepoint, `file:/flink/savepoints/savepoint-${first.slice(0, 6)}-5f2c0d1e9a7b`);
    assert.equal((await gateway.jobStatus(first))?.status, 'FINISHED');
    const second = await gateway.submitJob(JOB, { savepoint });
    assert.deepEqual(fake.jobs.map((j) => [j.status, j.restoredFrom]), [['FINISHED', undefined], ['RUNNING', savepoint]]);
    assert.equal((await gateway.jobStatus(second))?.status, 'RUNNING');
    assert.equal(await gateway.jobStatus('0'.repeat(32)), undefined);
    // The savepoint path is set in the restart's own session only: each job is submitted in a session of its own, closed after it.
    assert.deepEqual(fake.statements.filter((s) => s.includes('savepoint.path')), [`SET 'execution.savepoint.path' = '${savepoint}'`]);
    assert.equal(fake.http.requests.filter((r) => r.method === 'DELETE' && /^\/v1\/sessions\/[0-9a-f-]{36}$/.test(r.path)).length, 2);
  });

  it('submits a job reading its source through a window TVF (FROM TABLE(TUMBLE(TABLE src, ...)))', async () => {
    const windowed = [...JOB.slice(0, 4), "INSERT INTO snk SELECT room_id FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY room_id, window_start, window_end"];
    assert.equal((await gateway.jobStatus(await gateway.submitJob(windowed)))?.status, 'RUNNING');
    const error = await gateway.submitJob([windowed[4]]).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof EngineRefusal);
    assert.equal(error.engineMessage, "SQL validation failed. From line 1, column 56 to line 1, column 58: Object 'src' not found");
  });

  it('describes a query through a temporary view, and a table; a missing table is undefined', async () => {
    assert.deepEqual(await gateway.describe('SELECT room_id, room_name AS name FROM live.rooms'), [{ name: 'room_id', type: 'BIGINT' }, { name: 'name', type: 'STRING' }]);
    assert.deepEqual(fake.statements.slice(-3), ['CREATE TEMPORARY VIEW strata_describe AS\nSELECT room_id, room_name AS name FROM live.rooms', 'DESCRIBE strata_describe', 'DROP TEMPORARY VIEW IF EXISTS strata_describe']);
    // A submitted job's tables live in its own session: this one declares its own.
    await gateway.execute(JOB[2]);
    assert.deepEqual(await gateway.tableColumns('src'), [{ name: 'room_id', type: 'BIGINT' }]);
    assert.equal(await gateway.tableColumns('nope'), undefined);
  });

  it('creates, alters (only what is missing) and drops tables in Flink DDL', async () => {
    await gateway.createTable({ name: 'room_sink', columns: [{ name: 'room_id', type: 'BIGINT', partition: false }, { name: 'proc_time', partition: false, readOnly: true }], temporary: false, kind: 'table', options: { connector: 'blackhole' } });
    await gateway.alterTable('room_sink', { kind: 'add-columns', columns: [{ name: 'room_id', type: 'BIGINT', partition: false }, { name: 'tags', type: 'ARRAY<STRING>', partition: false }] });
    await gateway.alterTable('room_sink', { kind: 'retype-column', column: 'room_id', type: 'DECIMAL(20, 0)' });
    await gateway.dropTable('room_sink');
    assert.deepEqual(fake.statements.filter((s) => !s.startsWith('DESCRIBE')).slice(-4), [
      "CREATE TABLE IF NOT EXISTS `room_sink` (`room_id` BIGINT) WITH ('connector' = 'blackhole')",
      'ALTER TABLE `room_sink` ADD (`tags` ARRAY<STRING>)',
      'ALTER TABLE `room_sink` MODIFY (`room_id` DECIMAL(20, 0))',
      'DROP TABLE IF EXISTS `room_sink`',
    ]);
  });

  it("reports Flink's validation error in one line, with the position Calcite names", async () => {
    const error = await gateway.submitJob(['INSERT INTO snk\nSELECT room_id\nFROM nope']).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof EngineRefusal);
    assert.equal(error.message, `${where}: INSERT INTO snk failed: SQL validation failed. From line 3, column 6 to line 3, column 9: Object 'nope' not found`);
    assert.deepEqual(enginePosition(error.engineMessage), { line: 2, character: 5 });
  });

  it('cancels an operation past its timeout', async () => {
    const error = await gateway.query('SELECT event_id FROM live.slow_events', { timeoutMs: 300 }).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof StrataError);
    assert.deepEqual([error.code, error.message], ['timeout', `${where}: SELECT ran longer than 0.3 s and was cancelled; raise --timeout or look at the engine's load`]);
    assert.ok(fake.http.requests.some((r) => r.method === 'POST' && r.path.endsWith('/cancel')));
  });

  it('retries a request answered 503 by a proxy', async () => {
    const operation = fake.nextOperation();
    fake.http.inject('503', /^POST .*\/statements$/);
    fake.http.inject('503', new RegExp(`^GET .*/operations/${operation}/result/0`));
    const before = fake.http.requests.length;
    assert.deepEqual((await gateway.query('SHOW JOBS')).columns.map((c) => c.name), ['job id', 'job name', 'status', 'start time']);
    // The operation timed out before may still be fetched or closed meanwhile: only this one's requests count.
    const requests = fake.http.requests.slice(before).filter((r) => r.method === 'POST' || (r.method === 'GET' && r.path.includes(operation)));
    assert.deepEqual(requests.map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, ':id')}`), [
      'POST /v1/sessions/:id/statements',
      'POST /v1/sessions/:id/statements',
      'GET /v2/sessions/:id/operations/:id/result/0?rowFormat=JSON',
      'GET /v2/sessions/:id/operations/:id/result/0?rowFormat=JSON',
      'GET /v2/sessions/:id/operations/:id/result/1?rowFormat=JSON',
    ]);
  });

  it('asks for a result page again when the connection drops (the gateway keeps the operation)', async () => {
    const id = await gateway.submitJob(JOB);
    fake.http.inject('drop', /^GET .*\/result\/0/);
    assert.equal(await gateway.stopWithSavepoint(id), `file:/flink/savepoints/savepoint-${id.slice(0, 6)}-5f2c0d1e9a7b`);
    await gateway.stopJob(await gateway.submitJob(JOB));
    assert.deepEqual((await gateway.listJobs()).slice(-2).map((j) => j.status), ['FINISHED', 'CANCELED']);
    assert.deepEqual(fake.statements.filter((s) => s.startsWith('STOP JOB')).slice(-2), [`STOP JOB '${id}' WITH SAVEPOINT`, `STOP JOB '${fake.jobs.at(-1)!.id}'`]);
  });

  it('names the target and step when the connection drops mid-statement', async () => {
    fake.http.inject('drop', /^POST .*\/statements$/);
    const error = await gateway.stopWithSavepoint('b'.repeat(32)).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof StrataError);
    assert.deepEqual([error.code, error.message], ['engine', `${where}: the connection failed during STOP JOB '${'b'.repeat(32)}' (UND_ERR_SOCKET: other side closed); check that the server is up and reachable, then run the command again`]);
  });

  it('refuses wrong credentials without showing the password', async () => {
    const error = await openFlinkGateway({ ...target, password: 'wrong-pw-123' }).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof StrataError);
    assert.deepEqual([error.code, error.message], ['config', `${where}: the server refused the credentials of user 'etl' during open session; check targets.stream.user and password (set the password through \${env:NAME})`]);
    assert.ok(!error.message.includes('wrong-pw-123') && !error.message.includes(SECRET));
  });
});
