import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../../src/errors';
import { openDuckDbState } from '../../src/publish';
import { schedulerArtefacts } from '../../src/scheduler';
import { plan } from '../../src/tasks/plan';
import { loadWorkspace } from '../../src/tasks/workspace';
import { publish, type PublishOptions } from '../../src/tasks/publish';
import { assertConverged, withDatabase } from './converged';
import { ADD_DEVICE_MODEL, copyLive, DROP_OS, live, RETYPE_WATCH_SECONDS, WATCH, type LiveCopy } from './live-copy';

const TABLES = fs.readdirSync(path.join(live, 'tables')).flatMap((layer) => fs.readdirSync(path.join(live, 'tables', layer)).map((f) => `${layer}.${f.replace(/\.sql$/, '')}`)).sort();
const JOBS = fs.readdirSync(path.join(live, 'jobs')).map((f) => `jobs/${f}`).sort();

function fails(message: string, code: StrataError['code'] = 'usage') {
  return (e: unknown) => {
    assert.ok(e instanceof StrataError, String(e));
    assert.deepEqual([e.code, e.message], [code, message]);
    return true;
  };
}

describe('publish to the local DuckDB target', function () {
  this.timeout(120_000);
  let project: LiveCopy;
  let database: string;
  const run = (options: Partial<PublishOptions> = {}) => publish({ cwd: project.dir, cache: false, ...options });
  const tablesHeld = () => withDatabase(database, async (e) => (await openDuckDbState(e, 'local').read()).tables);

  beforeEach(async () => {
    project = copyLive();
    database = path.join(project.dir, '.strata', 'local.duckdb');
  });
  afterEach(() => project.cleanup());

  it('publishes from empty: every table and job, in dependency order, recorded with its journal', async () => {
    const planned = await plan({ cwd: project.dir, cache: false });
    assert.deepEqual([planned.upToDate, planned.steps.length, planned.breaking], [false, TABLES.length + JOBS.length + 1 /* the scheduler artefacts */, 0]);
    assert.equal(fs.existsSync(database), false, 'plan wrote nothing');
    const steps: string[] = [];
    const result = await run({ onStep: (s, status) => steps.push(`${status} ${s.description}`) });
    assert.deepEqual([result.status, result.applied, result.skipped, result.plan.id], ['applied', 54, 0, planned.id]);
    assert.deepEqual(steps.slice(0, 2), ['applied create table ods.ods_anchor_profile_db_df', 'applied create table ods.ods_gift_config_db_df']);
    // A job's table comes before the job, an upstream table before its downstream one.
    const at = (d: string) => steps.indexOf(`applied ${d}`);
    assert.ok(at('create table dwd.dwd_live_like_di') < at('create table dws.dws_live_room_1d'));
    assert.ok(at('create table ads.ads_live_overview_1d') < at('register job jobs/dwd_live_like_di.sql'));
    await withDatabase(database, async (engine) => {
      const state = await openDuckDbState(engine, 'local').read();
      assert.deepEqual([Object.keys(state.tables).sort(), Object.keys(state.jobs).sort()], [TABLES, JOBS]);
      assert.deepEqual(state.tables['dwd.dwd_live_like_di'].columns.map((c) => `${c.name} ${c.type}${c.partition ? ' partition' : ''}`),
        ['log_id STRING', 'room_id BIGINT', 'anchor_id BIGINT', 'user_id BIGINT', 'like_cnt INT', 'os STRING', 'like_time TIMESTAMP', 'p_date STRING partition']);
      assert.deepEqual([state.tables['dwd.dwd_live_like_di'].version, state.jobs['jobs/rt_live_gift_enrich.sql'].type, state.jobs['jobs/rt_live_gift_enrich.sql'].writes],
        [1, 'streaming', ['dwd.dwd_live_gift_send_rt', 'kafka.ads_live_anchor_gift_rt']]);
      assert.equal((await openDuckDbState(engine, 'local').journal(planned.id)).length, 54);
      await assertConverged(engine);
    });
  });

  it('does nothing on a second publish with no change', async () => {
    await run();
    const before = fs.readFileSync(database);
    const again = await run({ confirm: async () => assert.fail('nothing to confirm') });
    assert.deepEqual([again.status, again.applied, again.plan.steps], ['up-to-date', 0, []]);
    assert.deepEqual((await plan({ cwd: project.dir, cache: false })).upToDate, true);
    assert.ok(fs.readFileSync(database).equals(before), 'the database file is unchanged');
  });

  it('adds a column without --allow-destructive and keeps the rows', async () => {
    await run();
    await withDatabase(database, (e) => e.execute("INSERT INTO dwd.dwd_live_room_watch_di (room_id, user_id, os, watch_seconds, p_date) VALUES (1, 2, 'ios', 30, '2026-11-25')"));
    project.edit(WATCH, ...ADD_DEVICE_MODEL);
    const planned = await plan({ cwd: project.dir, cache: false });
    assert.deepEqual(planned.changes, [{ kind: 'add-columns', table: 'dwd.dwd_live_room_watch_di', columns: [{ name: 'device_model', type: 'STRING', partition: false, comment: 'viewer device model' }], breaking: false }]);
    const result = await run();
    assert.deepEqual([result.status, result.applied, result.plan.steps.map((s) => s.description)], ['applied', 1, ['add column device_model to dwd.dwd_live_room_watch_di']]);
    await withDatabase(database, async (e) => {
      assert.deepEqual((await e.query('SELECT room_id, user_id, os, watch_seconds, device_model FROM dwd.dwd_live_room_watch_di')).rows, [[1, 2, 'ios', 30, null]]);
      assert.equal((await openDuckDbState(e, 'local').read()).tables['dwd.dwd_live_room_watch_di'].version, 2);
      await assertConverged(e);
    });
  });

  it('marks a dropped and a retyped column breaking with their downstream impact, and applies them only with --allow-destructive', async () => {
    await run();
    await withDatabase(database, (e) => e.execute("INSERT INTO dwd.dwd_live_room_watch_di (room_id, user_id, os, watch_seconds, p_date) VALUES (1, 2, 'ios', 30, '2026-11-25')"));
    project.edit(WATCH, ...DROP_OS);
    project.edit(WATCH, ...RETYPE_WATCH_SECONDS);
    const planned = await plan({ cwd: project.dir, cache: false });
    assert.deepEqual(planned.changes, [
      {
        kind: 'retype-column', table: 'dwd.dwd_live_room_watch_di', column: 'watch_seconds', from: 'BIGINT', to: 'INT', direction: 'narrowing', breaking: true,
        impact: {
          columns: [
            { column: 'ads.ads_live_overview_1d.avg_watch_seconds', job: 'ads_live_overview_1d', file: 'jobs/ads_live_overview_1d.sql', line: 42 },
            { column: 'dws.dws_live_room_1d.avg_watch_seconds', job: 'dws_live_room_1d', file: 'jobs/dws_live_room_1d.sql', line: 77 },
            { column: 'dws.dws_live_room_1d.watch_seconds', job: 'dws_live_room_1d', file: 'jobs/dws_live_room_1d.sql', line: 76 },
            { column: 'dws.dws_live_user_1d.watch_seconds', job: 'dws_live_user_1d', file: 'jobs/dws_live_user_1d.sql', line: 60 },
          ],
          tables: ['ads.ads_live_overview_1d', 'dws.dws_live_room_1d', 'dws.dws_live_user_1d'],
          uses: [],
          jobs: ['ads_live_overview_1d', 'dws_live_room_1d', 'dws_live_user_1d'],
        },
      },
      {
        kind: 'drop-column', table: 'dwd.dwd_live_room_watch_di', column: 'os', breaking: true,
        impact: {
          columns: [
            { column: 'ads.ads_live_user_retention_1d.os', job: 'ads_live_user_retention_1d', file: 'jobs/ads_live_user_retention_1d.sql', line: 26 },
            { column: 'dws.dws_live_user_1d.os', job: 'dws_live_user_1d', file: 'jobs/dws_live_user_1d.sql', line: 57 },
          ],
          tables: ['ads.ads_live_user_retention_1d', 'dws.dws_live_user_1d'],
          uses: [],
          jobs: ['ads_live_user_retention_1d', 'dws_live_user_1d'],
        },
      },
    ]);
    await assert.rejects(run(), fails("target 'local': the plan has 2 breaking changes (dwd.dwd_live_room_watch_di: column watch_seconds retyped BIGINT -> INT (narrowing); dwd.dwd_live_room_watch_di: column os removed); nothing was applied: review the impact with strata plan, then publish with --allow-destructive"));
    assert.equal((await tablesHeld())['dwd.dwd_live_room_watch_di'].version, 1, 'nothing applied');
    const result = await run({ allowDestructive: true });
    assert.deepEqual(result.plan.steps.map((s) => s.description), ['retype column watch_seconds of dwd.dwd_live_room_watch_di from BIGINT to INT', 'drop column os of dwd.dwd_live_room_watch_di']);
    await withDatabase(database, async (e) => {
      assert.deepEqual((await e.query('SELECT room_id, user_id, watch_seconds FROM dwd.dwd_live_room_watch_di')).rows, [[1, 2, 30]]);
      await assertConverged(e);
    });
    assert.equal((await run()).status, 'up-to-date');
  });

  it('says a column dropped and one of its type added in its place is possibly renamed', async () => {
    await run();
    project.edit(WATCH, '  is_new_user   INT  ', '  new_user      INT  ');
    const [change, add] = (await plan({ cwd: project.dir, cache: false })).changes;
    assert.deepEqual([change.kind, 'possiblyRenamedTo' in change && change.possiblyRenamedTo, add.kind], ['drop-column', 'new_user', 'add-columns']);
  });

  it('applies a saved plan exactly as saved, and refuses it once the project or the target changed', async () => {
    const out = path.join(project.dir, 'plan.json');
    const saved = await plan({ cwd: project.dir, cache: false, out: 'plan.json' });
    assert.deepEqual(JSON.parse(fs.readFileSync(out, 'utf8')), JSON.parse(JSON.stringify({ ...saved, upToDate: undefined })));
    project.edit(WATCH, ...ADD_DEVICE_MODEL);
    await assert.rejects(run({ planFile: 'plan.json' }), fails("'plan.json' no longer matches the project (its tables or jobs changed since it was computed); run strata plan --target local --out plan.json again"));
    assert.equal(fs.existsSync(database), true);
    assert.deepEqual(await tablesHeld(), {}, 'nothing applied');
    await run(); // the edited project is published
    project.edit(WATCH, ...ADD_DEVICE_MODEL.slice().reverse() as [string, string]);
    await assert.rejects(run({ planFile: 'plan.json' }), fails("'plan.json' no longer matches target 'local' (its state changed since the plan was computed); run strata plan --target local --out plan.json again"));
  });

  it('applies a saved plan, and finds it done when applied again', async () => {
    const saved = await plan({ cwd: project.dir, cache: false, out: 'plan.json' });
    const result = await run({ planFile: 'plan.json' });
    assert.deepEqual([result.status, result.applied, result.plan.id], ['applied', 54, saved.id]);
    assert.equal((await run({ planFile: 'plan.json' })).status, 'up-to-date');
  });

  it('publishes only the tables its selectors match, and the jobs writing them', async () => {
    project.edit('strata.yaml', 'local: {engine: duckdb, path: .strata/local.duckdb}', "local: {engine: duckdb, path: .strata/local.duckdb, tables: ['ads.*', 'dws.dws_live_room_1d']}");
    const result = await run();
    assert.deepEqual(result.plan.steps.map((s) => s.description), [
      'create table ads.ads_live_room_hot_5min', 'create table ads.ads_live_room_realtime_1min', 'create table dws.dws_live_room_1d', 'create table ads.ads_live_overview_1d',
      'create table ads.ads_live_room_rank_1d', 'create table ads.ads_live_user_retention_1d', 'create table ads.ads_live_anchor_income_1d',
      'register job jobs/rt_live_room_hot_5min.sql', 'register job jobs/rt_live_room_realtime_1min.sql', 'register job jobs/dws_live_room_1d.sql',
      'register job jobs/ads_live_overview_1d.sql', 'register job jobs/ads_live_room_rank_1d.sql', 'register job jobs/ads_live_user_retention_1d.sql', 'register job jobs/ads_live_anchor_income_1d.sql',
    ]);
  });

  it('writes the scheduler artefacts as a step, rewrites only what changed, removes stale ones, and is then up to date', async () => {
    const dir = path.join(project.dir, '.strata', 'targets', 'local', 'scheduler');
    const artefact = (p: string) => fs.readFileSync(path.join(dir, p), 'utf8');
    await run();
    const generated = schedulerArtefacts(await loadWorkspace({ cwd: project.dir }), { project: 'live', target: 'local' });
    assert.deepEqual(generated.map((f) => f.path), ['airflow/live_cron_0_3_x_x_x.py', 'airflow/live_daily.py', 'dolphinscheduler/live.json']);
    for (const f of generated) assert.equal(artefact(f.path), f.content);
    project.edit('jobs/dws_live_anchor_1d.sql', 'retries: 2', 'retries: 4');
    fs.writeFileSync(path.join(dir, 'airflow', 'old_dag.py'), '# a DAG of a schedule no job has any more\n');
    const second = await run();
    assert.deepEqual(second.plan.steps.map((s) => s.description), [
      'update job jobs/dws_live_anchor_1d.sql',
      'scheduler artefacts in .strata/targets/local/scheduler: write airflow/live_daily.py, dolphinscheduler/live.json; remove airflow/old_dag.py',
    ]);
    assert.match(artefact('airflow/live_daily.py'), /retries=4/);
    assert.equal(fs.existsSync(path.join(dir, 'airflow', 'old_dag.py')), false);
    assert.equal((await run()).status, 'up-to-date');
  });
});
