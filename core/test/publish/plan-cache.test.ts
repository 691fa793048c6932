import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { plan } from '../../src/tasks/plan';
import { publish } from '../../src/tasks/publish';
import { ADD_DEVICE_MODEL, copyLive, DROP_OS, WATCH, type LiveCopy } from './live-copy';

const SCHEDULER = path.join('.strata', 'targets', 'local', 'scheduler');
const ARTEFACTS = 'scheduler artefacts in .strata/targets/local/scheduler';

/** One edit after a publish, and the steps a plan through the analysis cache must then list. */
interface Case {
  name: string;
  edit: (project: LiveCopy) => void;
  steps: string[];
}

const CASES: Case[] = [
  { name: 'nothing changed', edit: () => undefined, steps: [] },
  {
    name: 'a column added to a table file',
    edit: (p) => p.edit(WATCH, ...ADD_DEVICE_MODEL),
    steps: ['add column device_model to dwd.dwd_live_room_watch_di'],
  },
  {
    name: 'a column dropped from a table file (breaking, with its impact)',
    edit: (p) => p.edit(WATCH, ...DROP_OS),
    steps: ['drop column os of dwd.dwd_live_room_watch_di'],
  },
  {
    name: 'a column dropped that a job groups and joins on (impact with uses)',
    edit: (p) => p.edit(WATCH, "  category      STRING    COMMENT 'room category, unknown when the room is unknown',\n", ''),
    steps: ['drop column category of dwd.dwd_live_room_watch_di'],
  },
  {
    name: "a table file's comment changed (same definition hash, same scheduler inputs)",
    edit: (p) => p.edit(WATCH, "COMMENT 'live room watch sessions, daily incremental'", "COMMENT 'watch sessions'"),
    steps: [],
  },
  {
    name: "a job's front matter changed (the job and the scheduler artefacts)",
    edit: (p) => p.edit('jobs/dws_live_anchor_1d.sql', 'retries: 2', 'retries: 4'),
    steps: ['update job jobs/dws_live_anchor_1d.sql', `${ARTEFACTS}: write airflow/live_daily.py, dolphinscheduler/live.json`],
  },
  {
    name: 'a scheduler artefact edited by hand',
    edit: (p) => fs.appendFileSync(path.join(p.dir, SCHEDULER, 'airflow', 'live_daily.py'), '# edited\n'),
    steps: [`${ARTEFACTS}: write airflow/live_daily.py`],
  },
  {
    name: 'a scheduler artefact deleted',
    edit: (p) => fs.rmSync(path.join(p.dir, SCHEDULER, 'dolphinscheduler', 'live.json')),
    steps: [`${ARTEFACTS}: write dolphinscheduler/live.json`],
  },
  {
    name: 'a stray file in the scheduler folder',
    edit: (p) => fs.writeFileSync(path.join(p.dir, SCHEDULER, 'airflow', 'old_dag.py'), '# stale\n'),
    steps: [`${ARTEFACTS}: remove airflow/old_dag.py`],
  },
];

describe('plan through the analysis cache (remembered definition hashes, publish order and scheduler artefacts)', function () {
  this.timeout(120_000);
  let project: LiveCopy;

  beforeEach(() => {
    project = copyLive('strata-plan-cache-');
  });
  afterEach(() => project.cleanup());

  it('plans from empty exactly as without the cache, on a cold and a warm cache', async () => {
    const uncached = await plan({ cwd: project.dir, cache: false });
    assert.deepEqual(await plan({ cwd: project.dir }), uncached);
    const remembered = fs.readdirSync(path.join(project.dir, '.strata', 'cache', 'publish'), { recursive: true }).filter((f) => String(f).endsWith('.json'));
    assert.equal(remembered.length, 2, 'one entry for the definitions, one for the scheduler artefacts');
    assert.deepEqual(await plan({ cwd: project.dir }), uncached);
  });

  for (const c of CASES) {
    it(`after a publish and ${c.name}: the plan lists exactly what changed, as without the cache`, async () => {
      await publish({ cwd: project.dir, cache: false });
      // Twice: the first run fills the cache, the second answers from it.
      for (let i = 0; i < 2; i++) assert.equal((await plan({ cwd: project.dir })).upToDate, true);
      c.edit(project);
      const cached = await plan({ cwd: project.dir });
      assert.deepEqual(cached.steps.map((s) => s.description), c.steps);
      assert.deepEqual(cached, await plan({ cwd: project.dir, cache: false }));
      assert.deepEqual(await plan({ cwd: project.dir }), cached, 'a second cached plan gives the same');
    });
  }
});
