import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkspaceCache } from '../../src/tasks/cached-workspace';
import { check } from '../../src/tasks/check';
import { lint, type LintResult } from '../../src/tasks/lint';
import { tempProject } from '../project/helpers';

const FILES = {
  'strata.yaml': 'name: t\n',
  'tables/ods/ods_a_di.sql': "/*---\nowner: a\n---*/\nCREATE TABLE ods.ods_a_di (id BIGINT COMMENT 'id', name STRING COMMENT 'name') COMMENT 'a';\n",
  'tables/ods/ods_b_di.sql': "CREATE TABLE ods.ods_b_di (id BIGINT COMMENT 'id') COMMENT 'b';\n",
  'jobs/a.sql': 'SELECT id, name FROM ods.ods_a_di;\n',
  'jobs/b.sql': 'SELECT id FROM ods.ods_b_di;\n',
};

/** `path line:col code` per finding. */
function lines(result: LintResult): string[] {
  return result.files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.start.line + 1}:${x.start.character + 1} ${x.code}`));
}

/** The cache's files holding full file records (pack `files`): a warm run reads them only on demand. */
function fullRecordShards(root: string): string[] {
  const packs = path.join(root, '.strata', 'cache', 'packs');
  return fs.readdirSync(packs, { recursive: true }).map((f) => path.join(packs, String(f))).filter((f) => f.endsWith('.json') && fs.readFileSync(f, 'utf8').includes('"facts":'));
}

/**
 * A warm run loads unchanged files from the compact index (pack `index`) and reads their full
 * records (front matter, columns, contract, job facts) only when something asks: it must still
 * see every edit and answer exactly as a run without the cache.
 */
describe('tasks/lint and check through the file index', () => {
  let root: string;
  let cleanup: () => void;
  beforeEach(() => ({ root, cleanup } = tempProject(FILES)));
  afterEach(() => cleanup());

  const lintA = (cache?: boolean) => lint({ project: root, cwd: root, paths: ['jobs/a.sql'], cache });

  it('sees a table edited between warm runs when linting one job by path, as a run without the cache does', async () => {
    await lint({ project: root, cwd: root });
    assert.deepEqual(lines(await lintA()), []);
    fs.writeFileSync(path.join(root, 'tables/ods/ods_a_di.sql'), "CREATE TABLE ods.ods_a_di (id BIGINT COMMENT 'id') COMMENT 'a';\n");
    const uncached = await lintA(false);
    assert.deepEqual(lines(uncached), ['jobs/a.sql 1:12 SE02']);
    assert.deepEqual(await lintA(), uncached);
    assert.deepEqual(await lintA(), uncached);
  });

  it('sees a table added between warm runs', async () => {
    fs.writeFileSync(path.join(root, 'jobs/a.sql'), 'SELECT id FROM ods.ods_c_di;\n');
    assert.deepEqual(lines(await lintA()), ['jobs/a.sql 1:16 SE01']);
    fs.writeFileSync(path.join(root, 'tables/ods/ods_c_di.sql'), "CREATE TABLE ods.ods_c_di (id BIGINT COMMENT 'id') COMMENT 'c';\n");
    assert.deepEqual(await lintA(), await lintA(false));
    assert.deepEqual(lines(await lintA()), []);
  });

  it('never stores a full record computed from a file that changed after it was hashed', async () => {
    await lint({ project: root, cwd: root });
    for (const shard of fullRecordShards(root)) fs.rmSync(shard);
    const table = path.join(root, 'tables/ods/ods_a_di.sql');
    const original = fs.readFileSync(table, 'utf8');
    const cache = new WorkspaceCache(root, { cwd: root });
    const ws = await cache.load();
    // Edited between the stat (load) and the first read of the table's columns.
    fs.writeFileSync(table, original.replace(", name STRING COMMENT 'name'", ''));
    assert.deepEqual(ws.catalog.get('ods.ods_a_di')?.columns.map((c) => c.name), ['id']);
    cache.save();
    fs.writeFileSync(table, original);
    assert.deepEqual(lines(await lintA()), []);
    assert.deepEqual(await lintA(), await lintA(false));
  });

  it('rebuilds lost or damaged full records from the files, with the uncached results', async () => {
    await lint({ project: root, cwd: root });
    const uncachedCheck = await check({ project: root, cwd: root, cache: false });
    for (const [i, shard] of fullRecordShards(root).entries()) {
      if (i % 2 === 0) fs.rmSync(shard);
      else fs.truncateSync(shard, 9);
    }
    fs.writeFileSync(path.join(root, 'jobs/a.sql'), 'SELECT id, nam FROM ods.ods_a_di;\n');
    const uncached = await lintA(false);
    assert.deepEqual(lines(uncached), ['jobs/a.sql 1:12 SE02']);
    assert.deepEqual(await lintA(), uncached);
    fs.writeFileSync(path.join(root, 'jobs/a.sql'), FILES['jobs/a.sql']);
    assert.deepEqual(await check({ project: root, cwd: root }), uncachedCheck);
    assert.deepEqual(await check({ project: root, cwd: root }), uncachedCheck);
  });
});
