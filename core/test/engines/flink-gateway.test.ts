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
    // The savepoint path is set for the restart only.
    assert.deepEqual(fake.statements.filter((s) => s.includes('savepoint.path')), [`SET 'execution.savepoint.path' = '${savepoint}'`, "RESET 'execution.savepoint.path'"]);
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
    fake.http.inject('503', /^POST .*\/statements$/);
    fake.http.inject('503', /^GET .*\/result\/0/);
    const before = fake.http.requests.length;
    assert.deepEqual((await gateway.query('SHOW JOBS')).columns.map((c) => c.name), ['job id', 'job name', 'status', 'start time']);
    // The timed-out operation of the test before may still close itself meanwhile: its DELETE is left out.
    const requests = fake.http.requests.slice(before).filter((r) => r.method !== 'DELETE');
    assert.deepEqual(requests.map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, ':id')}`), [
      'POST /v1/sessions/:id/statements',
      'POST /v1/sessions/:id/statements',
      'GET /v2/sessions/:id/operations/:id/result/0?rowFormat=JSON',
      'GET /v2/sessions/:id/operations/:id/result/0?rowFormat=JSON',
      'GET /v2/sessions/:id/operations/:id/result/1?rowFormat=JSON',
    ]);
  });

  it('names the target and step when the connection drops mid-statement', async () => {
    fake.http.inject('drop', /^GET .*\/result\//);
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
