import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type LintResult } from '../../src/tasks/lint';
import { tempProject } from '../project/helpers';

const FILES = {
  'strata.yaml': 'name: t\n',
  'tables/ods/ods_a_di.sql': "CREATE TABLE ods.ods_a_di (id BIGINT COMMENT 'id', name STRING COMMENT 'name') COMMENT 'a';\n",
  'tables/dwd/dwd_b_di.sql': "CREATE TABLE dwd.dwd_b_di (id BIGINT COMMENT 'id') COMMENT 'b';\n",
  'jobs/a.sql': 'SELECT id, name FROM ods.ods_a_di;\n',
  'jobs/b.sql': 'SELECT id FROM dwd.dwd_b_di;\n',
};

/** An hour ago: files this old are past the racy window, so their stat signatures are trusted and stored. */
const PAST = new Date(Date.now() - 3_600_000);
/** A later time in the past, for edits (an edit that keeps size, mtime and inode is invisible to a stat, by design). */
const EDITED = new Date(PAST.getTime() + 60_000);

/** `path line:col code` per finding. */
function lines(result: LintResult): string[] {
  return result.files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.start.line + 1}:${x.start.character + 1} ${x.code}`));
}

/** The shards of the `hashes` pack: their values are `<signature> <sha1>` strings. */
function hashShards(root: string): string[] {
  const packs = path.join(root, '.strata', 'cache', 'packs');
  if (!fs.existsSync(packs)) return [];
  return fs.readdirSync(packs, { recursive: true }).map((f) => path.join(packs, String(f))).filter((f) => {
    if (!f.endsWith('.json')) return false;
    const values = Object.values((JSON.parse(fs.readFileSync(f, 'utf8')) as { value: Record<string, unknown> }).value);
    return values.length > 0 && typeof values[0] === 'string';
  });
}

/** The stored entries of the index (its base and its delta, see `index-snapshot.ts`). */
function indexEntries(root: string): string[] {
  const folder = path.join(root, '.strata', 'cache', 'index');
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true }).map((f) => path.join(folder, String(f))).filter((f) => f.endsWith('.json'));
}

/** Ways an index entry gets damaged: cut short, written by another tool version, overwritten with garbage. */
const DAMAGE: Record<string, (file: string) => void> = {
  truncated: (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2)),
  'foreign-version': (file) => {
    const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { strata: { version: string } };
    entry.strata.version = '0.0.0-other';
    fs.writeFileSync(file, JSON.stringify(entry));
  },
  garbage: (file) => fs.writeFileSync(file, Buffer.from([0xff, 0x00, 0x7b, 0x22])),
};

/** Writes a project file dated in the past (a change the stat signature must still notice). */
function writeOld(root: string, file: string, text: string, time = PAST): void {
  const absolute = path.join(root, file);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  fs.writeFileSync(absolute, text);
  fs.utimesSync(absolute, time, time);
}

/**
 * A warm run takes an unchanged file's content hash from its index entry when the file's stat
 * signature (size, mtime, inode) is the one stored with it, without the `hashes` pack; every
 * change a stat can see must still be seen, as a run without the cache sees it.
 */
describe('tasks/lint through the index entries\' stat signatures', () => {
  let root: string;
  let cleanup: () => void;
  beforeEach(async () => {
    ({ root, cleanup } = tempProject(FILES));
    for (const [file, text] of Object.entries(FILES)) writeOld(root, file, text);
    await lint({ project: root, cwd: root });
  });
  afterEach(() => cleanup());

  const lintJobs = (cache?: boolean) => lint({ project: root, cwd: root, paths: ['jobs'], cache });

  it('answers unchanged files without reading or writing the hash memo', async () => {
    for (const shard of hashShards(root)) fs.rmSync(shard);
    assert.deepEqual(await lintJobs(), await lintJobs(false));
    assert.deepEqual(hashShards(root), []);
  });

  it('stores the new signature of a file touched without a change, so later runs need no hash memo', async () => {
    writeOld(root, 'tables/ods/ods_a_di.sql', FILES['tables/ods/ods_a_di.sql'], EDITED);
    const uncached = await lintJobs(false);
    assert.deepEqual(await lintJobs(), uncached);
    for (const shard of hashShards(root)) fs.rmSync(shard);
    assert.deepEqual(await lintJobs(), uncached);
    assert.deepEqual(hashShards(root), []);
  });

  it('sees a table whose size changed while its mtime was put back, also without the hash memo', async () => {
    for (const shard of hashShards(root)) fs.rmSync(shard);
    writeOld(root, 'tables/ods/ods_a_di.sql', "CREATE TABLE ods.ods_a_di (id BIGINT COMMENT 'id') COMMENT 'a';\n");
    const uncached = await lintJobs(false);
    assert.deepEqual(lines(uncached), ['jobs/a.sql 1:12 SE02']);
    assert.deepEqual(await lintJobs(), uncached);
    assert.deepEqual(await lintJobs(), uncached);
  });

  it('sees a table replaced by a file of the same size and time (another inode)', async () => {
    const table = path.join(root, 'tables/ods/ods_a_di.sql');
    const renamed = "CREATE TABLE ods.ods_a_di (id BIGINT COMMENT 'id', nick STRING COMMENT 'name') COMMENT 'a';\n";
    assert.equal(renamed.length, FILES['tables/ods/ods_a_di.sql'].length);
    writeOld(root, 'tables/ods/replacement.tmp', renamed);
    fs.renameSync(path.join(root, 'tables/ods/replacement.tmp'), table);
    const uncached = await lintJobs(false);
    assert.deepEqual(lines(uncached), ['jobs/a.sql 1:12 SE02']);
    assert.deepEqual(await lintJobs(), uncached);
  });

  it('sees a table removed from another folder, and added back', async () => {
    fs.rmSync(path.join(root, 'tables/dwd/dwd_b_di.sql'));
    const removed = await lintJobs(false);
    assert.deepEqual(lines(removed), ['jobs/b.sql 1:16 SE01']);
    assert.deepEqual(await lintJobs(), removed);
    writeOld(root, 'tables/dwd/dwd_b_di.sql', FILES['tables/dwd/dwd_b_di.sql']);
    assert.deepEqual(lines(await lintJobs()), []);
    assert.deepEqual(await lintJobs(), await lintJobs(false));
  });

  it('sees a table added in a new folder', async () => {
    writeOld(root, 'jobs/b.sql', 'SELECT id FROM dws.dws_c_1d;\n', EDITED);
    assert.deepEqual(lines(await lintJobs()), ['jobs/b.sql 1:16 SE01']);
    writeOld(root, 'tables/dws/dws_c_1d.sql', "CREATE TABLE dws.dws_c_1d (id BIGINT COMMENT 'id') COMMENT 'c';\n");
    assert.deepEqual(lines(await lintJobs()), []);
    assert.deepEqual(await lintJobs(), await lintJobs(false));
  });

  // The catalog of a warm run holds unchanged tables by name only (made on first lookup): every
  // change to a name, a layer or a declaration must be seen as an uncached run sees it. Job b
  // reads both tables and writes one.
  const jobB = 'INSERT OVERWRITE TABLE dwd.dwd_b_di SELECT a.id FROM ods.ods_a_di AS a JOIN ods.ods_y_di AS y ON a.id = y.id;\n';
  const tableChanges: [string, (root: string) => void, string[]][] = [
    ['renamed inside its file', (r) => writeOld(r, 'tables/ods/ods_a_di.sql', "CREATE TABLE ods.ods_x_di (id BIGINT COMMENT 'id', name STRING COMMENT 'name') COMMENT 'a';\n", EDITED), ['jobs/a.sql 1:22 SE01', 'jobs/b.sql 1:54 SE01', 'jobs/b.sql 1:77 SE01']],
    ['moved to another layer\'s folder', (r) => {
      fs.mkdirSync(path.join(r, 'tables/ads'));
      fs.renameSync(path.join(r, 'tables/ods/ods_a_di.sql'), path.join(r, 'tables/ads/ods_a_di.sql'));
    }, ['jobs/b.sql 1:54 WH03', 'jobs/b.sql 1:77 SE01']],
    ['deleted', (r) => fs.rmSync(path.join(r, 'tables/ods/ods_a_di.sql')), ['jobs/a.sql 1:22 SE01', 'jobs/b.sql 1:54 SE01', 'jobs/b.sql 1:77 SE01']],
    ['declared twice in one file', (r) => writeOld(r, 'tables/ods/ods_a_di.sql', `${FILES['tables/ods/ods_a_di.sql']}CREATE TABLE ods.ods_y_di (id BIGINT COMMENT 'id') COMMENT 'y';\n`, EDITED), []],
  ];
  for (const [what, change, expected] of tableChanges) {
    it(`sees a table ${what}`, async () => {
      writeOld(root, 'jobs/b.sql', jobB, EDITED);
      assert.deepEqual(lines(await lintJobs()), ['jobs/b.sql 1:77 SE01']);
      change(root);
      const uncached = await lintJobs(false);
      assert.deepEqual(lines(uncached), expected);
      assert.deepEqual(await lintJobs(), uncached);
      assert.deepEqual(await lintJobs(), uncached);
      assert.deepEqual(await lint({ project: root, cwd: root }), await lint({ project: root, cwd: root, cache: false }));
    });
  }

  it('redoes every file when strata.yaml changes', async () => {
    writeOld(root, 'strata.yaml', 'name: t\nlayers:\n  - {name: ods, database: ods, prefix: src_}\n  - {name: dwd, database: dwd, prefix: dwd_}\n');
    const uncached = await lint({ project: root, cwd: root, cache: false });
    assert.deepEqual(lines(uncached), ['tables/ods/ods_a_di.sql 1:18 WH01']);
    assert.deepEqual(await lint({ project: root, cwd: root, paths: ['tables/ods/ods_a_di.sql'] }), { ...uncached, files: uncached.files.filter((f) => f.path === 'tables/ods/ods_a_di.sql') });
    assert.deepEqual(await lint({ project: root, cwd: root }), uncached);
  });

  for (const [damage, spoil] of Object.entries(DAMAGE)) {
    it(`rebuilds ${damage} index entries silently, seeing a table edited meanwhile`, async () => {
      const entries = indexEntries(root);
      assert.ok(entries.length > 0);
      entries.forEach(spoil);
      writeOld(root, 'tables/ods/ods_a_di.sql', "CREATE TABLE ods.ods_a_di (id BIGINT COMMENT 'id') COMMENT 'a';\n", EDITED);
      const uncached = await lintJobs(false);
      assert.deepEqual(lines(uncached), ['jobs/a.sql 1:12 SE02']);
      assert.deepEqual(await lintJobs(), uncached);
      assert.ok(indexEntries(root).length > 0);
      assert.deepEqual(await lintJobs(), uncached);
    });
  }
});
