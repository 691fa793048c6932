import assert from 'node:assert/strict';
import * as path from 'node:path';
import type * as FlinkFakes from '../core/dist/test/fakes/flink-gateway-fake';
import type * as FlinkProjects from '../core/dist/test/publish/flink-project';
import { assertNoStack, repoRoot, strataAll, type CliRun } from './helpers/run-cli';

// The fake and the project are core's test helpers; loaded from core's build (this package compiles apart).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FlinkGatewayFake } = require(path.join(repoRoot, 'core/dist/test/fakes/flink-gateway-fake')) as typeof FlinkFakes;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { AGGREGATE, flinkProject, GIFTS, UV } = require(path.join(repoRoot, 'core/dist/test/publish/flink-project')) as typeof FlinkProjects;

const SINK: [string, string] = ["coins BIGINT\n) WITH ('connector' = 'print')", "coins BIGINT\n) WITH ('connector' = 'blackhole')"];
const AGGREGATE_REASON = 'the aggregate list of INSERT INTO room_uv changed (COUNT(DISTINCT user_id) → COUNT(user_id)): the saved state is keyed and shaped by it';

const FIRST = `plan ID for target stream:

+ ${GIFTS}: new job
+ ${UV}: new job

2 steps: 2 jobs to submit, 0 to restart from a savepoint, 0 to restart without state, 0 to stop. apply with: strata publish --target stream
  [1/2] submit job ${GIFTS}
  [2/2] submit job ${UV}
published to target stream: 2 steps applied (plan ID)
`;

const CHANGED = `plan ID for target stream:

~ ${GIFTS}: job changed
    restartable from its savepoint: sink options of gift_sum changed ('connector')
! ${UV}: job changed
    state-incompatible: ${AGGREGATE_REASON}
    columns: user_id
    -> room_uv.uv  (recomputed without state)

4 steps: 0 jobs to submit, 1 to restart from a savepoint, 1 to restart without state, 0 to stop. state-incompatible restarts apply only with --allow-state-reset
`;

describe('strata plan/publish --target <flink> (against the SQL Gateway fake)', function () {
  this.timeout(120_000);
  const fake = new FlinkGatewayFake();
  let project: FlinkProjects.FlinkProject;

  before(async () => {
    project = flinkProject(await fake.start());
  });
  after(async () => {
    await fake.stop();
    project.cleanup();
  });

  const run = async (...args: string[]): Promise<CliRun> => {
    const r = (await strataAll([[[...args, '--target', 'stream', '--no-cache'], project.dir]]))[0];
    return { ...r, stdout: r.stdout.replace(/plan [0-9a-f]{12}/g, 'plan ID') };
  };

  it('publishes the streaming jobs from empty, exit 0', async () => {
    const r = await run('publish', '--yes');
    assert.deepEqual([r.status, r.stdout, r.stderr], [0, FIRST, '']);
    assert.deepEqual(fake.jobs.map((j) => `${j.name} ${j.status}`), ['rt_gift_sum RUNNING', 'rt_room_uv RUNNING']);
  });

  it('plans each changed job with its verdict, the reason and the sink columns it reaches', async () => {
    project.edit(GIFTS, ...SINK);
    project.edit(UV, ...AGGREGATE);
    const r = await run('plan');
    assert.deepEqual([r.status, r.stdout, r.stderr], [0, CHANGED, '']);
    const json = await run('plan', '--json');
    const { result } = JSON.parse(json.stdout) as { result: { changes: { job: string; streaming: unknown }[]; steps: { description: string }[] } };
    assert.deepEqual(result.changes.map((c) => [c.job, c.streaming]), [
      [GIFTS, { verdict: 'restartable', reason: "sink options of gift_sum changed ('connector')", columns: [], lineage: [] }],
      [UV, { verdict: 'state-incompatible', reason: AGGREGATE_REASON, columns: ['user_id'], lineage: ['room_uv.uv'] }],
    ]);
    assert.deepEqual(result.steps.map((s) => s.description), [
      `stop job ${GIFTS} with a savepoint`, `restart job ${GIFTS} from its savepoint`, `stop job ${UV} (its state is reset)`, `restart job ${UV} without its state`,
    ]);
  });

  it('refuses the state-incompatible restart without --allow-state-reset: one line, exit 2, nothing applied', async () => {
    const sent = fake.statements.length;
    const r = await run('publish', '--yes');
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `error  target 'stream': job ${UV} cannot restart from its savepoint: ${AGGREGATE_REASON}; nothing was applied: publish with --allow-state-reset to restart it without state\n`);
    assertNoStack(r.stderr);
    assert.deepEqual(fake.statements.slice(sent), []);
  });

  it('restarts one job from its savepoint and the other without state with --allow-state-reset, exit 0', async () => {
    const r = await run('publish', '--yes', '--allow-state-reset');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.split('\n').slice(-6), [
      `  [1/4] stop job ${GIFTS} with a savepoint`,
      `  [2/4] restart job ${GIFTS} from its savepoint`,
      `  [3/4] stop job ${UV} (its state is reset)`,
      `  [4/4] restart job ${UV} without its state`,
      'published to target stream: 4 steps applied (plan ID)',
      '',
    ]);
    assert.deepEqual(fake.jobs.map((j) => `${j.name} ${j.status} ${j.restoredFrom ?? 'fresh'}`), [
      'rt_gift_sum FINISHED fresh', 'rt_room_uv CANCELED fresh', 'rt_gift_sum RUNNING file:/flink/savepoints/savepoint-aaaaaa-5f2c0d1e9a7b', 'rt_room_uv RUNNING fresh',
    ]);
    const again = await run('publish', '--yes');
    assert.deepEqual([again.status, again.stdout], [0, 'target stream is up to date\n']);
  });
});
