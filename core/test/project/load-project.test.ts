import assert from 'node:assert/strict';
import * as path from 'node:path';
import { findProjectRoot, loadProject } from '../../src/project';
import { StrataError } from '../../src/errors';
import { fixtures, tempProject } from './helpers';

const basic = path.join(fixtures, 'basic');

describe('project/load-project', () => {
  describe('the basic fixture', () => {
    it('discovers tables then jobs, sorted, with POSIX relative paths', async () => {
      const project = await loadProject(basic);
      assert.equal(project.root, basic);
      assert.equal(project.config.name, 'live-demo');
      assert.deepEqual(project.files.map((f) => `${f.kind}:${f.path}`), [
        'table:tables/dwd/dwd_live_room_watch_di.sql',
        'table:tables/dws_live_room_daily_ds.sql',
        'table:tables/ods/ods_live_room_event_di.sql',
        'job:jobs/bad_front_matter.sql',
        'job:jobs/dwd_live_room_watch_di.sql',
        'job:jobs/realtime/rt_room_online.sql',
        'job:jobs/spark_job.sql',
        'job:jobs/unknown_var.sql',
      ]);
    });

    it('derives names, layers (folder or prefix) and dialects', async () => {
      const project = await loadProject(basic);
      const byPath = new Map(project.files.map((f) => [f.path, f]));
      const pick = (p: string) => {
        const f = byPath.get(p)!;
        return { name: f.name, layer: f.layer, dialect: f.dialect };
      };
      assert.deepEqual(pick('tables/dwd/dwd_live_room_watch_di.sql'), { name: 'dwd_live_room_watch_di', layer: 'dwd', dialect: 'hive' });
      assert.deepEqual(pick('tables/dws_live_room_daily_ds.sql'), { name: 'dws_live_room_daily_ds', layer: 'dws', dialect: 'hive' });
      assert.deepEqual(pick('jobs/dwd_live_room_watch_di.sql'), { name: 'dwd_live_room_watch_di', layer: undefined, dialect: 'hive' });
      assert.deepEqual(pick('jobs/realtime/rt_room_online.sql'), { name: 'rt_room_online', layer: undefined, dialect: 'flink' });
      assert.deepEqual(pick('jobs/spark_job.sql'), { name: 'spark_job', layer: undefined, dialect: 'spark' });
    });

    it('keeps front matter with offsets into the file', async () => {
      const project = await loadProject(basic);
      const job = project.files.find((f) => f.path === 'jobs/dwd_live_room_watch_di.sql')!;
      assert.deepEqual(job.frontMatter?.data, { type: 'batch', schedule: '@daily', retries: 2, timeout: '30m' });
      assert.equal(job.frontMatter?.start, 0);
      assert.equal(job.text.slice(job.frontMatter!.end - 5, job.frontMatter!.end), '---*/');
      assert.equal(job.frontMatter?.yamlStart, 5);
    });

    it('turns per-file problems into diagnostics, sorted by file', async () => {
      const project = await loadProject(basic);
      const found = project.diagnostics.map((d) => `${d.file}:${d.start.line + 1}:${d.start.character + 1} ${d.code}`);
      assert.deepEqual(found, [
        'jobs/bad_front_matter.sql:3:8 front-matter',
        'jobs/unknown_var.sql:1:33 unknown-variable',
        'jobs/unknown_var.sql:1:52 env-variable',
        'tests/bad_shape.yml:3:31 test-file',
      ]);
      assert.match(project.diagnostics[1].message, /unknown variable '\$\{regon\}'; did you mean 'region'\?/);
      assert.equal(project.diagnostics[3].message, "expect.dwd.dwd_live_room_watch_di: expected a list of rows, found 'not-a-list'");
    });

    it('reads well-formed tests and seeds (top-level seeds only)', async () => {
      const project = await loadProject(basic);
      assert.deepEqual(project.tests.map((t) => t.path), ['tests/dwd_live_room_watch_di.yaml']);
      assert.equal(project.tests[0].data.job, 'dwd_live_room_watch_di');
      assert.equal(project.tests[0].data.date, '2026-11-25');
      assert.deepEqual(project.tests[0].data.expect['dwd.dwd_live_room_watch_di'], [{ room_id: 1, user_id: 10 }]);
      assert.deepEqual(project.seeds, [
        { path: 'seeds/ods_live_room_event_di.csv', table: 'ods_live_room_event_di', columns: ['room_id', 'user_id', 'event, kind'], rows: 2 },
      ]);
    });

    it('accepts valid --var overrides and refuses a bad one while loading', async () => {
      const project = await loadProject(basic, { vars: { date: '2026-11-25', room_type: 'music' } });
      assert.deepEqual(project.overrides, { date: '2026-11-25', room_type: 'music' });
      await assert.rejects(loadProject(basic, { vars: { date: '2026-13-01' } }), (e: StrataError) => {
        assert.equal(e.message, '--var date=2026-13-01: not a valid date (expected yyyy-MM-dd)');
        return true;
      });
      await assert.rejects(loadProject(basic, { vars: { room_type: 'Music!' } }), /--var room_type=Music!: does not match the declared pattern '\[a-z\]\+'/);
    });
  });

  describe('findProjectRoot', () => {
    it('finds the nearest ancestor holding strata.yaml', () => {
      assert.equal(findProjectRoot(path.join(basic, 'jobs', 'realtime')), basic);
      assert.equal(findProjectRoot(basic), basic);
    });

    it('returns undefined when there is none', () => {
      const { root, cleanup } = tempProject({ 'a/b/x.sql': 'SELECT 1' });
      try {
        // The temp folder may sit under a folder with a strata.yaml on some machine; only assert it is not inside.
        const found = findProjectRoot(path.join(root, 'a', 'b'));
        assert.ok(found === undefined || !found.startsWith(root));
      } finally {
        cleanup();
      }
    });
  });

  describe('odd files', () => {
    let root: string;
    let cleanup: () => void;
    afterEach(() => cleanup());

    it('keeps binary and empty files, with a diagnostic for binary content', async () => {
      ({ root, cleanup } = tempProject({
        'strata.yaml': 'name: odd\n',
        'tables/ods/nul.sql': Buffer.from([0x53, 0x45, 0x00, 0x4c]),
        'tables/ods/latin1.sql': Buffer.from([0x53, 0x45, 0xe9, 0x4c]),
        'jobs/empty.sql': '',
      }));
      const project = await loadProject(root);
      assert.deepEqual(project.files.map((f) => [f.path, f.text]), [
        ['tables/ods/latin1.sql', ''],
        ['tables/ods/nul.sql', ''],
        ['jobs/empty.sql', ''],
      ]);
      assert.deepEqual(project.diagnostics.map((d) => [d.file, d.message]), [
        ['tables/ods/latin1.sql', 'binary file: expected UTF-8 SQL text'],
        ['tables/ods/nul.sql', 'binary file: expected UTF-8 SQL text'],
      ]);
    });

    it('loads files larger than 5 MB', async () => {
      const stmt = "INSERT OVERWRITE TABLE dws.t PARTITION (p_date = '${date}') SELECT a FROM dwd.s WHERE p_date = '${date}';\n";
      const big = stmt.repeat(Math.ceil((5.5 * 1024 * 1024) / stmt.length));
      ({ root, cleanup } = tempProject({ 'strata.yaml': 'name: big\n', 'jobs/big.sql': big }));
      const project = await loadProject(root);
      assert.equal(project.files[0].text.length, big.length);
      assert.deepEqual(project.diagnostics, []);
    });

    it('skips dot-folders and node_modules and honours path overrides', async () => {
      ({ root, cleanup } = tempProject({
        'strata.yaml': 'name: paths\npaths: {tables: model/tables, jobs: etl}\n',
        'model/tables/dwd/t.sql': 'CREATE TABLE t (a INT);',
        'model/tables/.cache/x.sql': 'SELECT 1;',
        'model/tables/node_modules/y.sql': 'SELECT 1;',
        'etl/j.sql': 'SELECT 1;',
        'jobs/not_a_job.sql': 'SELECT 1;',
        'tests/t.yml': 'job: j\nexpect: {}\n',
      }));
      const project = await loadProject(root);
      assert.deepEqual(project.files.map((f) => [f.path, f.layer]), [
        ['model/tables/dwd/t.sql', 'dwd'],
        ['etl/j.sql', undefined],
      ]);
      assert.deepEqual(project.tests.map((t) => t.path), ['tests/t.yml']);
    });

    it('throws only for a bad strata.yaml', async () => {
      ({ root, cleanup } = tempProject({ 'strata.yaml': 'name: x\ntabels: t\n' }));
      await assert.rejects(loadProject(root), (e: StrataError) => e.code === 'config' && e.location?.line === 1);
    });
  });
});
