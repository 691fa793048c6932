import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadProject } from '../../src/project';
import { check, type CheckResult } from '../../src/tasks/check';

const live = path.resolve(__dirname, '../../../../examples/live');
const commentLog = path.join('tables', 'ods', 'ods_live_comment_log_di.sql');

/** The `.json` entries under the project's check cache. */
function entries(root: string): string[] {
  const folder = path.join(root, '.strata', 'cache', 'check');
  return fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.json')) : [];
}

describe('tasks/check with the analysis cache', () => {
  let root: string;
  let fresh: CheckResult;
  const run = (options: { cache?: boolean; strict?: boolean } = {}) => check({ project: root, cwd: root, ...options });

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-check-cache-'));
    fs.cpSync(live, root, { recursive: true });
    fresh = await run();
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is off by default: nothing is written', () => {
    assert.deepEqual(entries(root), []);
  });

  it('returns exactly the uncached result, cold and warm, from one entry', async () => {
    assert.deepEqual(await run({ cache: true }), fresh);
    assert.equal(entries(root).length, 1);
    assert.deepEqual(await run({ cache: true }), fresh);
    assert.equal(entries(root).length, 1);
  });

  it('answers a warm run from the entry (proved by planting a value under its key)', async () => {
    await run({ cache: true });
    const file = path.join(root, '.strata', 'cache', 'check', entries(root)[0]);
    const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { value: CheckResult };
    entry.value.files = -1;
    fs.writeFileSync(file, JSON.stringify(entry));
    assert.equal((await run({ cache: true })).files, -1);
    assert.equal((await run({ cache: false })).files, fresh.files);
  });

  it('misses when a table a job reads changes, and reports the new problem', async () => {
    await run({ cache: true });
    const table = path.join(root, commentLog);
    fs.writeFileSync(table, fs.readFileSync(table, 'utf8').replace('  audit_status STRING', '  audit_state  STRING'));
    const changed = await run();
    assert.ok(changed.errors > fresh.errors, 'renaming a column a job reads is an error');
    assert.deepEqual(await run({ cache: true }), changed);
    assert.equal(entries(root).length, 2);
  });

  it('keeps the results of the 8 most recent project states only', async () => {
    const job = path.join(root, 'jobs', 'dwd_live_comment_di.sql');
    const text = fs.readFileSync(job, 'utf8');
    for (let edit = 0; edit < 10; edit++) {
      fs.writeFileSync(job, `${text}\n-- edit ${edit}\n`);
      await run({ cache: true });
    }
    assert.equal(entries(root).length, 8);
  });

  it('keys strict and non-strict runs apart', async () => {
    await run({ cache: true });
    assert.deepEqual(await run({ cache: true, strict: true }), await run({ strict: true }));
    assert.equal(entries(root).length, 2);
  });

  it('rebuilds a truncated entry silently', async () => {
    await run({ cache: true });
    const file = path.join(root, '.strata', 'cache', 'check', entries(root)[0]);
    fs.truncateSync(file, 10);
    assert.deepEqual(await run({ cache: true }), fresh);
    assert.deepEqual(await run({ cache: true }), fresh);
  });

  it('keys on a loaded project that is plain JSON data, so the fingerprint sees all of it', async () => {
    const project = await loadProject(root, {});
    assert.deepEqual(JSON.parse(JSON.stringify(project)), project);
  });
});
