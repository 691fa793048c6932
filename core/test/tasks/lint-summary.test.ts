import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type LintResult } from '../../src/tasks/lint';
import { lintFromSummary } from '../../src/tasks/lint-summary';
import { DeclinedJobs, SKIPS_AFTER_DECLINE } from '../../src/tasks/project-summary';
import { tempProject } from '../project/helpers';

const live = path.resolve(__dirname, '../../../../examples/live');

const FILES: Record<string, string> = {
  'strata.yaml': 'name: t\n',
  'tables/ods/ods_a_di.sql': "CREATE TABLE ods.ods_a_di (id BIGINT COMMENT 'id', name STRING COMMENT 'name') COMMENT 'a' PARTITIONED BY (dt STRING COMMENT 'day');\n",
  'tables/ods/ods_b_di.sql': "CREATE TABLE ods.ods_b_di (id BIGINT COMMENT 'id') COMMENT 'b';\n",
  // Declared twice: the first file in walk order wins.
  'tables/ods/ods_c_di.sql': "CREATE TABLE ods.ods_b_di (id BIGINT COMMENT 'id', extra STRING COMMENT 'x') COMMENT 'again';\n",
  'tables/dwd/dwd_a_di.sql': "CREATE TABLE dwd.dwd_a_di (id BIGINT COMMENT 'id', name STRING COMMENT 'name') COMMENT 'a';\n",
  'tables/dwd/dwd_b_di.sql': "CREATE TABLE dwd.dwd_b_di (id BIGINT COMMENT 'id') COMMENT 'b';\n",
  'tables/ads/ads_a_1d.sql': "CREATE TABLE ads.ads_a_1d (id BIGINT COMMENT 'id') COMMENT 'a';\n",
  'jobs/dwd_a_di.sql': "WITH base AS (SELECT id, name FROM ods.ods_a_di WHERE dt = '${date}')\nINSERT OVERWRITE TABLE dwd.dwd_a_di SELECT id, name FROM base;\n",
  'jobs/dwd_b_di.sql': 'INSERT OVERWRITE TABLE dwd.dwd_b_di SELECT id FROM ods.ods_b_di;\n',
  'jobs/typo.sql': 'select id, nmae from ods.ods_a_di a join ods_b_di b on a.id = b.id;\n',
  // ADS reading ODS: the layer dependency rule reads the project's layers.
  'jobs/ads_a_1d.sql': 'INSERT OVERWRITE TABLE ads.ads_a_1d SELECT id FROM ods.ods_b_di;\n',
  // A same-layer read: the layer depth rule reads the DAG, which a summary does not have.
  'tables/dws/dws_x_1d.sql': "CREATE TABLE dws.dws_x_1d (id BIGINT COMMENT 'id') COMMENT 'x' PARTITIONED BY (p_date STRING COMMENT 'day');\n",
  'tables/dws/dws_y_1d.sql': "CREATE TABLE dws.dws_y_1d (id BIGINT COMMENT 'id') COMMENT 'y' PARTITIONED BY (p_date STRING COMMENT 'day');\n",
  'jobs/dws_y_1d.sql': "INSERT OVERWRITE TABLE dws.dws_y_1d PARTITION (p_date = '${date}') SELECT id FROM dws.dws_x_1d WHERE p_date = '${date}';\n",
};

/** An hour ago: files this old are past the racy window, so their stat signatures are trusted. */
const PAST = new Date(Date.now() - 3_600_000);

function writeOld(root: string, file: string, text: string, time = PAST): void {
  const absolute = path.join(root, file);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  fs.writeFileSync(absolute, text);
  fs.utimesSync(absolute, time, time);
}

/** Every file under the project's cache folder with its content, to see what a run wrote. */
function cacheState(root: string): Map<string, string> {
  const folder = path.join(root, '.strata', 'cache');
  return new Map(fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).map((f) => [f, fs.readFileSync(path.join(folder, f), 'utf8')]));
}

/** `path line:col code` per finding. */
function lines(result: LintResult): string[] {
  return result.files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.start.line + 1}:${x.start.character + 1} ${x.code}`));
}

describe('tasks/lint of a few jobs from the project summary', () => {
  let root: string;
  let cleanup: () => void;
  beforeEach(async () => {
    ({ root, cleanup } = tempProject({}));
    for (const [file, text] of Object.entries(FILES)) writeOld(root, file, text);
    // A full lint leaves the summary.
    await lint({ project: root, cwd: root });
  });
  afterEach(() => cleanup());

  /** The summary lint of `paths` (undefined: it declined), checked against the uncached lint's findings. */
  async function viaSummary(paths: string[], contents?: Record<string, string>): Promise<string[] | undefined> {
    const uncached = await lint({ project: root, cwd: root, paths, contents, cache: false });
    const files = await lintFromSummary(root, paths, { contents });
    if (files) assert.deepEqual(files, uncached.files);
    assert.deepEqual(await lint({ project: root, cwd: root, paths, contents }), uncached);
    return files && lines({ ...uncached, files });
  }

  it('lints edited jobs from the summary, finding what the full lint finds', async () => {
    writeOld(root, 'jobs/typo.sql', 'select id, nmae from ods.ods_a_di a join ods_b_di b on a.id = b.id;\n-- edited\n', new Date(PAST.getTime() + 60_000));
    assert.deepEqual(await viaSummary(['jobs/typo.sql', 'jobs/ads_a_1d.sql', 'jobs/dwd_a_di.sql']), [
      'jobs/ads_a_1d.sql 1:52 WH03',
      'jobs/typo.sql 1:1 ST01',
      'jobs/typo.sql 1:8 SE03',
      'jobs/typo.sql 1:12 SE02',
      'jobs/typo.sql 1:17 ST01',
      'jobs/typo.sql 1:22 SE07',
      'jobs/typo.sql 1:35 ST09',
      'jobs/typo.sql 1:37 ST01',
      'jobs/typo.sql 1:51 ST09',
      'jobs/typo.sql 1:53 ST01',
    ]);
  });

  it('serves an unchanged job\'s stored findings: its key and the project state are the full lint\'s', async () => {
    const before = cacheState(root);
    assert.ok(await viaSummary(['jobs/ads_a_1d.sql', 'jobs/typo.sql']));
    assert.deepEqual(cacheState(root), before);
  });

  it('checks files touched without a change by their content, and edited ones just written', async () => {
    const now = new Date();
    fs.utimesSync(path.join(root, 'tables/ods/ods_b_di.sql'), now, now);
    fs.writeFileSync(path.join(root, 'jobs/dwd_a_di.sql'), `${FILES['jobs/dwd_a_di.sql']}-- just now\n`);
    assert.ok(await viaSummary(['jobs/dwd_a_di.sql']));
  });

  const declines: [string, (root: string) => void, string[]][] = [
    ['another job changed', (r) => writeOld(r, 'jobs/dwd_b_di.sql', 'INSERT OVERWRITE TABLE dwd.dwd_b_di SELECT id FROM ods.ods_a_di;\n', new Date()), ['jobs/typo.sql']],
    ['a table changed', (r) => writeOld(r, 'tables/ods/ods_a_di.sql', "CREATE TABLE ods.ods_a_di (id BIGINT COMMENT 'id') COMMENT 'a';\n", new Date()), ['jobs/typo.sql']],
    ['a table was added', (r) => writeOld(r, 'tables/ods/ods_d_di.sql', "CREATE TABLE ods.ods_d_di (nmae STRING COMMENT 'n') COMMENT 'd';\n"), ['jobs/typo.sql']],
    ['a job was removed', (r) => fs.rmSync(path.join(r, 'jobs/dwd_b_di.sql')), ['jobs/typo.sql']],
    ['a table is linted', () => undefined, ['tables/ods/ods_a_di.sql']],
    ['a folder is linted', () => undefined, ['jobs']],
    ['a path is not a project file', () => undefined, ['jobs/missing.sql']],
    ['a rule reads the DAG', (r) => fs.appendFileSync(path.join(r, 'jobs/dws_y_1d.sql'), '-- edited\n'), ['jobs/dws_y_1d.sql']],
    ['strata.yaml changed beyond lint settings', (r) => writeOld(r, 'strata.yaml', 'name: t\ndialect: hive\n', new Date()), ['jobs/typo.sql']],
  ];
  for (const [why, change, paths] of declines) {
    it(`lints the full way when ${why}`, async () => {
      change(root);
      assert.equal(await viaSummary(paths), undefined);
    });
  }

  it('takes lint settings, tests and seeds as they are now', async () => {
    writeOld(root, 'strata.yaml', 'name: t\nlint:\n  rules: {ST01: error, SE02: off}\n', new Date());
    writeOld(root, 'seeds/ods_b_di.csv', 'id\n1\n', new Date());
    writeOld(root, 'tests/t.yaml', 'name: t\njob: dwd_a_di\ngiven:\n  ods.ods_a_di: [{id: 1, name: a, dt: "2026-01-01"}]\nexpect:\n  dwd.dwd_a_di: [{id: 1, name: a}]\n', new Date());
    const found = await viaSummary(['jobs/typo.sql']);
    assert.deepEqual(found?.slice(0, 2), ['jobs/typo.sql 1:1 ST01', 'jobs/typo.sql 1:8 SE03']);
    assert.ok(!found?.some((f) => f.endsWith('SE02')));
  });

  it('skips the summary for a while for a job whose lint needed the DAG, then tries it again', async () => {
    fs.appendFileSync(path.join(root, 'jobs/dws_y_1d.sql'), '-- edited\n');
    assert.equal(await lintFromSummary(root, ['jobs/dws_y_1d.sql'], {}), undefined);
    const declined = new DeclinedJobs(root);
    for (let i = 0; i < SKIPS_AFTER_DECLINE; i++) assert.equal(declined.skip(['jobs/typo.sql', 'jobs/dws_y_1d.sql']), true, `skip ${i}`);
    assert.equal(declined.skip(['jobs/dws_y_1d.sql']), false);
    // Other jobs are not skipped: the full lint left a new summary.
    await lint({ project: root, cwd: root, paths: ['jobs/dws_y_1d.sql'] });
    assert.ok(await viaSummary(['jobs/typo.sql']));
  });

  it('declines a damaged summary, and the full lint writes it again', async () => {
    const folder = path.join(root, '.strata', 'cache', 'summary');
    const [file] = fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).map((f) => path.join(folder, f));
    const stored = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, stored.slice(0, stored.length / 2));
    assert.equal(await viaSummary(['jobs/typo.sql']), undefined);
    assert.ok(await viaSummary(['jobs/typo.sql']));
    // Lists that do not agree (a table line too many) are no summary either.
    const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { value: { names: string } };
    entry.value.names += 'ods.extra\n';
    fs.writeFileSync(file, JSON.stringify(entry));
    assert.equal(await viaSummary(['jobs/typo.sql']), undefined);
  });

  it('takes jobs given in memory (--staged) in place of the disk\'s, new ones too', async () => {
    const staged = {
      'jobs/typo.sql': 'SELECT id, nmae FROM ods.ods_a_di;\n',
      // An unstaged edit: the index text stands in for it, unlinted.
      'jobs/dwd_b_di.sql': 'INSERT OVERWRITE TABLE dwd.dwd_b_di SELECT id FROM ods.ods_a_di;\n',
      'jobs/new.sql': 'SELECT nope FROM ods.ods_b_di;\n',
    };
    fs.appendFileSync(path.join(root, 'jobs/dwd_b_di.sql'), '-- not staged\n');
    assert.deepEqual(await viaSummary(['jobs/typo.sql', 'jobs/new.sql'], staged), ['jobs/typo.sql 1:12 SE02', 'jobs/typo.sql 1:22 SE07', 'jobs/new.sql 1:8 SE02']);
    // Stored findings are served the same way: the project state has the texts' keys at the end, as a full lint's.
    const before = cacheState(root);
    assert.ok(await viaSummary(['jobs/typo.sql', 'jobs/new.sql'], staged));
    assert.deepEqual(cacheState(root), before);
    assert.equal(await viaSummary(['jobs/typo.sql'], { ...staged, 'tables/ods/ods_b_di.sql': "CREATE TABLE ods.ods_b_di (id BIGINT COMMENT 'id') COMMENT 'staged';\n" }), undefined);
  });

  it('leaves the summary of the disk after a full lint of jobs given in memory', async () => {
    fs.rmSync(path.join(root, '.strata', 'cache', 'summary'), { recursive: true });
    const staged = { 'jobs/typo.sql': 'SELECT id FROM ods.ods_a_di;\n' };
    assert.equal(await viaSummary(['jobs/typo.sql'], staged), undefined);
    assert.deepEqual(await viaSummary(['jobs/typo.sql'], staged), ['jobs/typo.sql 1:16 SE07']);
    assert.ok(await viaSummary(['jobs/typo.sql']));
  });

  it('reports an unreadable job as the full lint does', async () => {
    writeOld(root, 'jobs/typo.sql', '', new Date());
    fs.writeFileSync(path.join(root, 'jobs/typo.sql'), Buffer.from([0x00, 0xff, 0x00, 0x41]));
    assert.deepEqual(await viaSummary(['jobs/typo.sql']), ['jobs/typo.sql 1:1 binary-file']);
  });
});

describe('tasks/lint from the summary on examples/live', () => {
  it('finds for every job, edited, what the full lint finds', async function () {
    this.timeout(120_000);
    const files: Record<string, string | Buffer> = {};
    for (const file of fs.readdirSync(live, { recursive: true }).map(String)) {
      const absolute = path.join(live, file);
      if (fs.statSync(absolute).isFile() && !file.startsWith('.strata')) files[file] = fs.readFileSync(absolute);
    }
    const { root, cleanup } = tempProject(files);
    try {
      for (const file of Object.keys(files)) fs.utimesSync(path.join(root, file), PAST, PAST);
      const jobs = Object.keys(files).filter((f) => f.startsWith('jobs/')).sort();
      const declined: string[] = [];
      for (const job of jobs) {
        await lint({ project: root, cwd: root });
        fs.appendFileSync(path.join(root, job), '\n-- edited\n');
        const uncached = await lint({ project: root, cwd: root, paths: [job], cache: false });
        const summarised = await lintFromSummary(root, [job], {});
        if (summarised) assert.deepEqual(summarised, uncached.files, job);
        else declined.push(job);
        assert.deepEqual(await lint({ project: root, cwd: root, paths: [job] }), uncached, job);
      }
      // Streaming jobs too (their rules read their tables' WITH options); a same-layer read (DWS from DWS) needs the DAG.
      assert.deepEqual(declined, ['jobs/dws_live_anchor_1d.sql']);
    } finally {
      cleanup();
    }
  });
});
