import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../../src/errors';
import { openDuckDbState, type TargetState } from '../../src/publish';
import { plan } from '../../src/tasks/plan';
import { publish, type PublishOptions } from '../../src/tasks/publish';
import { FlinkGatewayFake } from '../fakes/flink-gateway-fake';
import { withDatabase } from './converged';
import { AGGREGATE, flinkProject, GIFTS, PARALLELISM, UV, type FlinkProject } from './flink-project';

const id = (n: number) => n.toString(16).padStart(32, 'a');
const SAVEPOINT = 'file:/flink/savepoints/savepoint-aaaaaa-5f2c0d1e9a7b';

/** The statements each job sends, as the gateway receives them (variables rendered, no `;`, comments left out). */
const GIFT_STATEMENTS = [
  "SET 'pipeline.name' = 'rt_gift_sum'",
  "CREATE TEMPORARY TABLE gift_events (\n  room_id BIGINT,\n  coins BIGINT\n) WITH ('connector' = 'kafka', 'topic' = 'gift_events', 'format' = 'json')",
  "CREATE TEMPORARY TABLE gift_sum (\n  room_id BIGINT,\n  coins BIGINT\n) WITH ('connector' = 'print')",
  'INSERT INTO gift_sum\nSELECT room_id, SUM(coins) AS coins\nFROM gift_events\nGROUP BY room_id',
];
const uvStatements = (parallelism = '2', aggregate = 'COUNT(DISTINCT user_id)') => [
  "SET 'pipeline.name' = 'rt_room_uv'",
  `SET 'parallelism.default' = '${parallelism}'`,
  "CREATE TEMPORARY TABLE room_events (\n  room_id BIGINT,\n  user_id BIGINT\n) WITH ('connector' = 'kafka', 'topic' = 'room_events_prod', 'format' = 'json')",
  "CREATE TEMPORARY TABLE room_uv (\n  room_id BIGINT,\n  uv BIGINT\n) WITH ('connector' = 'print')",
  `INSERT INTO room_uv\nSELECT room_id, ${aggregate} AS uv\nFROM room_events\nGROUP BY room_id`,
];
const AGGREGATE_REASON = 'the aggregate list of INSERT INTO room_uv changed (COUNT(DISTINCT user_id) → COUNT(user_id)): the saved state is keyed and shaped by it';

describe('publish streaming jobs to a flink target (against the SQL Gateway fake)', function () {
  this.timeout(60_000);
  let fake: FlinkGatewayFake;
  let project: FlinkProject;
  let where: string;
  const run = (options: Partial<PublishOptions> = {}) => publish({ cwd: project.dir, cache: false, target: 'stream', ...options });
  const planned = () => plan({ cwd: project.dir, cache: false, target: 'stream' });
  const stateFile = () => path.join(project.dir, '.strata', 'stream.state.duckdb');
  const held = () => withDatabase(stateFile(), (e) => openDuckDbState(e, 'stream').read());
  /** The statements the gateway receives while `work` runs. */
  const received = async (work: () => Promise<unknown>) => {
    const before = fake.statements.length;
    await work();
    return fake.statements.slice(before);
  };
  const failure = (work: () => Promise<unknown>) => work().then(() => assert.fail('expected a failure'), (e: unknown) => {
    assert.ok(e instanceof StrataError, String(e));
    return e;
  });

  beforeEach(async () => {
    fake = new FlinkGatewayFake();
    const port = await fake.start();
    where = `flink target 'stream' (127.0.0.1:${port})`;
    project = flinkProject(port);
  });
  afterEach(async () => {
    await fake.stop();
    project.cleanup();
  });

  it('publishes from empty: each streaming job submitted in a session of its own, its id and SQL recorded; a re-publish does nothing', async () => {
    const first = await planned();
    assert.deepEqual(first.steps.map((s) => s.description), [`submit job ${GIFTS}`, `submit job ${UV}`]);
    assert.equal(fs.existsSync(stateFile()), false, 'plan wrote nothing');
    assert.deepEqual(fake.http.requests, [], 'plan asks the gateway nothing');
    const statements = await received(async () => assert.deepEqual((await run()).applied, 2));
    assert.deepEqual(statements, ['SHOW JOBS', ...GIFT_STATEMENTS, 'SHOW JOBS', ...uvStatements()]);
    assert.deepEqual(fake.jobs, [{ id: id(1), name: 'rt_gift_sum', status: 'RUNNING' }, { id: id(2), name: 'rt_room_uv', status: 'RUNNING' }]);
    const state = await held();
    assert.deepEqual([state.jobs[GIFTS].handle, state.jobs[UV].handle, state.jobs[UV].type, state.jobs[UV].version], [{ jobId: id(1) }, { jobId: id(2) }, 'streaming', 1]);
    assert.equal(state.jobs[UV].definition, fs.readFileSync(path.join(project.dir, UV), 'utf8').replace('${env}', 'prod'));
    const before = fs.readFileSync(stateFile());
    assert.deepEqual(await received(async () => assert.equal((await run({ confirm: async () => assert.fail('nothing to confirm') })).status, 'up-to-date')), []);
    assert.equal((await planned()).upToDate, true);
    assert.ok(fs.readFileSync(stateFile()).equals(before), 'the state file is unchanged');
  });

  it('restarts a restartable edit from the savepoint its stop took', async () => {
    await run();
    project.edit(UV, ...PARALLELISM);
    const next = await planned();
    assert.deepEqual(next.changes, [{ kind: 'change-job', job: UV, breaking: false, streaming: { verdict: 'restartable', reason: "SET 'parallelism.default' changed ('2' → '4')", columns: [], lineage: [] } }]);
    assert.deepEqual(next.steps.map((s) => s.description), [`stop job ${UV} with a savepoint`, `restart job ${UV} from its savepoint`]);
    const statements = await received(() => run());
    assert.deepEqual(statements, ['SHOW JOBS', `STOP JOB '${id(2)}' WITH SAVEPOINT`, 'SHOW JOBS', `SET 'execution.savepoint.path' = '${SAVEPOINT}'`, ...uvStatements('4')]);
    assert.deepEqual(fake.jobs.slice(1), [{ id: id(2), name: 'rt_room_uv', status: 'FINISHED' }, { id: id(3), name: 'rt_room_uv', status: 'RUNNING', restoredFrom: SAVEPOINT }]);
    assert.deepEqual(pick(await held(), UV), { handle: { jobId: id(3), savepoint: SAVEPOINT }, version: 2 });
  });

  it('refuses a state-incompatible edit without --allow-state-reset, and restarts the job without state with it', async () => {
    await run();
    project.edit(UV, ...AGGREGATE);
    const next = await planned();
    assert.deepEqual(next.changes.map((c) => 'streaming' in c && c.streaming), [{ verdict: 'state-incompatible', reason: AGGREGATE_REASON, columns: ['user_id'], lineage: ['room_uv.uv'] }]);
    const before = fs.readFileSync(stateFile());
    const statements = await received(async () => {
      const error = await failure(() => run());
      assert.deepEqual([error.code, error.message], ['usage', `target 'stream': job ${UV} cannot restart from its savepoint: ${AGGREGATE_REASON}; nothing was applied: publish with --allow-state-reset to restart it without state`]);
    });
    assert.deepEqual(statements, []);
    assert.ok(fs.readFileSync(stateFile()).equals(before), 'the state file is unchanged');
    const reset = await received(() => run({ allowStateReset: true }));
    assert.deepEqual(reset, ['SHOW JOBS', `STOP JOB '${id(2)}'`, 'SHOW JOBS', ...uvStatements('2', 'COUNT(user_id)')]);
    assert.deepEqual(fake.jobs.slice(1), [{ id: id(2), name: 'rt_room_uv', status: 'CANCELED' }, { id: id(3), name: 'rt_room_uv', status: 'RUNNING' }]);
    assert.deepEqual(pick(await held(), UV), { handle: { jobId: id(3) }, version: 2 });
  });

  it('applies a saved plan as planned, and refuses it once the job changed again', async () => {
    await run();
    project.edit(UV, ...PARALLELISM);
    await plan({ cwd: project.dir, cache: false, target: 'stream', out: 'plan.json' });
    project.edit(UV, "'parallelism.default' = '4'", "'parallelism.default' = '8'");
    const error = await failure(() => run({ planFile: 'plan.json' }));
    assert.equal(error.message, "'plan.json' no longer matches the project (its tables or jobs changed since it was computed); run strata plan --target stream --out plan.json again");
    project.edit(UV, "'parallelism.default' = '8'", "'parallelism.default' = '4'");
    const statements = await received(() => run({ planFile: 'plan.json' }));
    assert.deepEqual(statements, ['SHOW JOBS', `STOP JOB '${id(2)}' WITH SAVEPOINT`, 'SHOW JOBS', `SET 'execution.savepoint.path' = '${SAVEPOINT}'`, ...uvStatements('4')]);
  });

  it('records a job whose change touches nothing that runs (a comment) without stopping it', async () => {
    await run();
    project.edit(UV, '-- distinct viewers per room', '-- distinct viewers of each room');
    const next = await planned();
    assert.deepEqual([next.changes.map((c) => 'streaming' in c && c.streaming?.verdict), next.steps.map((s) => s.description)], [['unchanged'], [`update job ${UV} (nothing that runs changed)`]]);
    assert.deepEqual(await received(() => run()), []);
    assert.deepEqual(pick(await held(), UV), { handle: { jobId: id(2) }, version: 2 });
  });

  it('stops a job removed from the project and forgets it', async () => {
    await run();
    project.remove(GIFTS);
    assert.deepEqual(await received(() => run()), ['SHOW JOBS', `STOP JOB '${id(1)}'`]);
    assert.deepEqual([fake.jobs[0].status, Object.keys((await held()).jobs)], ['CANCELED', [UV]]);
  });

  it('fails on an engine error mid-publish in one line naming the target and step; the steps before it stay recorded', async () => {
    fs.writeFileSync(path.join(project.dir, 'jobs/rt_viewer_bad.sql'), "/*---\ntype: streaming\n---*/\nINSERT INTO gift_sum\nSELECT room_id, coins\nFROM nowhere;\n");
    const error = await failure(() => run());
    assert.deepEqual([error.code, error.message], ['engine', `step 3 (submit job jobs/rt_viewer_bad.sql) failed: ${where}: INSERT INTO gift_sum failed: SQL validation failed. From line 3, column 6 to line 3, column 12: Object 'nowhere' not found; the steps before it are applied and recorded, this one is not: fix the cause and publish again`]);
    assert.deepEqual(Object.keys((await held()).jobs).sort(), [GIFTS, UV]);
  });

  it('fails in one line naming the target and step when the gateway is unreachable; plan still reads the state', async () => {
    await run();
    project.edit(UV, ...PARALLELISM);
    await fake.stop();
    const error = await failure(() => run());
    const port = where.slice(where.lastIndexOf(':') + 1, -1);
    assert.deepEqual([error.code, error.message], ['engine', `${where}: the connection failed during open session (connect ECONNREFUSED 127.0.0.1:${port}); check that the server is up and reachable, then run the command again`]);
    assert.deepEqual([(await planned()).steps.length, pick(await held(), UV)], [2, { handle: { jobId: id(2) }, version: 1 }]);
  });

  it('resumes a restart cut off by a dropped connection from the savepoint it recorded', async () => {
    await run();
    project.edit(UV, ...PARALLELISM);
    const statements = await received(async () => {
      // Once the stop is recorded, the restart's own session cannot be opened.
      const error = await failure(() => run({ fault: (n, phase) => n === 1 && phase === 'recorded' && fake.http.inject('drop', /^POST \/v1\/sessions$/) }));
      assert.equal(error.message, `step 2 (restart job ${UV} from its savepoint) failed: ${where}: the connection failed during open session (UND_ERR_SOCKET: other side closed); check that the server is up and reachable, then run the command again; the steps before it are applied and recorded, this one is not: fix the cause and publish again`);
    });
    assert.deepEqual(statements, ['SHOW JOBS', `STOP JOB '${id(2)}' WITH SAVEPOINT`, 'SHOW JOBS']);
    assert.deepEqual(pick(await held(), UV), { handle: { jobId: id(2), savepoint: SAVEPOINT }, version: 1 });
    const steps: string[] = [];
    const again = await received(() => run({ onStep: (s, status) => steps.push(`${status} ${s.description}`) }));
    assert.deepEqual(steps, [`skipped stop job ${UV} with a savepoint`, `applied restart job ${UV} from its savepoint`]);
    assert.deepEqual(again, ['SHOW JOBS', `SET 'execution.savepoint.path' = '${SAVEPOINT}'`, ...uvStatements('4')]);
    assert.deepEqual(fake.jobs.map((j) => j.restoredFrom), [undefined, undefined, SAVEPOINT]);
  });

  it('refuses to restart a job that stopped without a savepoint strata knows of; finds it again by its pipeline name once restarted by hand', async () => {
    await run();
    project.edit(UV, ...PARALLELISM);
    fake.jobs[1].status = 'FAILED';
    const error = await failure(() => run());
    assert.deepEqual([error.code, error.message], ['engine', `step 1 (stop job ${UV} with a savepoint) failed: job ${UV} (Flink job ${id(2)}) is not running and strata holds no savepoint of it; submit it from its latest savepoint by hand (pipeline name 'rt_room_uv'), then publish again; the steps before it are applied and recorded, this one is not: fix the cause and publish again`]);
    assert.deepEqual(pick(await held(), UV), { handle: { jobId: id(2) }, version: 1 });
    fake.jobs.push({ id: id(3), name: 'rt_room_uv', status: 'RUNNING' });
    const statements = await received(() => run());
    assert.deepEqual(statements.slice(0, 2), ['SHOW JOBS', `STOP JOB '${id(3)}' WITH SAVEPOINT`]);
    assert.deepEqual(pick(await held(), UV), { handle: { jobId: id(4), savepoint: SAVEPOINT }, version: 2 });
  });

  it('keeps a job submitted by a publish cut off before recording it, instead of submitting it twice', async () => {
    await assert.rejects(run({ fault: (n, phase) => { if (n === 1 && phase === 'engine') throw new Error('killed'); } }), /killed/);
    assert.deepEqual(await held(), { format: 1, tables: {}, jobs: {} });
    const statements = await received(() => run());
    assert.deepEqual(statements, ['SHOW JOBS', 'SHOW JOBS', ...uvStatements()]);
    assert.deepEqual([fake.jobs.length, pick(await held(), GIFTS).handle], [2, { jobId: id(1) }]);
  });
});

function pick(state: TargetState, job: string): { handle: unknown; version: number } {
  return { handle: state.jobs[job].handle, version: state.jobs[job].version };
}
