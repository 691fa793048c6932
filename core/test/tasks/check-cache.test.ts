import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check, type CheckResult } from '../../src/tasks/check';

const live = path.resolve(__dirname, '../../../../examples/live');
const commentLog = path.join('tables', 'ods', 'ods_live_comment_log_di.sql');
const commentJob = path.join('jobs', 'dwd_live_comment_di.sql');
const giftJob = path.join('jobs', 'dwd_live_gift_send_di.sql');

/** Every cache file of the project (relative to .strata/cache), optionally of one namespace. */
function entries(root: string, namespace = ''): string[] {
  const folder = path.join(root, '.strata', 'cache', namespace);
  return fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort() : [];
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const absolute = path.join(root, file);
  fs.writeFileSync(absolute, change(fs.readFileSync(absolute, 'utf8')));
}

describe('tasks/check with the analysis cache', () => {
  let root: string;
  let fresh: CheckResult;
  const run = (options: { cache?: boolean; strict?: boolean } = {}) => check({ project: root, cwd: root, ...options });

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-check-cache-'));
    fs.cpSync(live, root, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
    fresh = await run({ cache: false });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('writes nothing with cache: false (--no-cache)', () => {
    assert.deepEqual(entries(root), []);
    assert.equal(fs.existsSync(path.join(root, '.strata')), false);
  });

  it('is on by default and returns exactly the uncached result, cold and warm', async () => {
    assert.deepEqual(await run(), fresh);
    for (const namespace of ['check', 'packs']) assert.ok(entries(root, namespace).length > 0, `${namespace} written`);
    assert.deepEqual(await run(), fresh);
    assert.equal(entries(root, 'check').length, 1);
  });

  it('answers an unchanged project from the result memo (proved by planting a value under its key)', async () => {
    await run();
    const file = path.join(root, '.strata', 'cache', 'check', entries(root, 'check')[0]);
    const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { value: CheckResult };
    entry.value.files = -1;
    fs.writeFileSync(file, JSON.stringify(entry));
    assert.equal((await run()).files, -1);
    assert.equal((await run({ cache: false })).files, fresh.files);
  });

  it('reports unknown-column on the warm run after a column a job reads is removed from its table', async () => {
    await run();
    edit(root, commentLog, (text) => text.replace(/^\s*audit_status\s+STRING[^\n]*\n/m, ''));
    const uncached = await run({ cache: false });
    const warm = await run();
    assert.deepEqual(warm, uncached);
    const unknown = warm.diagnostics.filter((d) => d.code === 'unknown-column' && d.message.includes('audit_status'));
    assert.ok(unknown.some((d) => d.file === 'jobs/dwd_live_comment_di.sql'), 'the job reading audit_status now gets unknown-column');
    assert.ok(!fresh.diagnostics.some((d) => d.code === 'unknown-column'));
  });

  it('reuses a job\'s analysis while its tables are unchanged, and redoes it when one of them changes', async () => {
    await run();
    // Plant a marker diagnostic in the stored analysis of the comment job.
    const planted = plantInJobRecord(root, commentJob);
    edit(root, giftJob, (text) => `${text}\n-- touched\n`);
    assert.ok((await run()).diagnostics.some((d) => d.message === planted), 'an unrelated edit keeps the stored analysis');
    edit(root, commentLog, (text) => text.replace(/COMMENT '([^']*)'/, "COMMENT '$1 (edited)'"));
    const warm = await run();
    assert.ok(!warm.diagnostics.some((d) => d.message === planted), 'a change to a table the job reads re-analyses it');
    assert.deepEqual(warm, await run({ cache: false }));
  });

  it('reads a changed strata.yaml again: a broken one is refused even after a cached run', async () => {
    await run();
    fs.appendFileSync(path.join(root, 'strata.yaml'), '\nbogus_key: 1\n');
    await assert.rejects(run(), { code: 'config' });
  });

  it('keeps the results of the 8 most recent project states only', async () => {
    for (let i = 0; i < 10; i++) {
      edit(root, commentJob, (text) => `${text}\n-- edit ${i}\n`);
      await run();
    }
    assert.equal(entries(root, 'check').length, 8);
  });

  it('keys strict and non-strict runs apart', async () => {
    await run();
    assert.deepEqual(await run({ strict: true }), await run({ strict: true, cache: false }));
    assert.equal(entries(root, 'check').length, 2);
  });

  for (const namespace of ['check', 'packs']) {
    it(`rebuilds truncated or garbage ${namespace} entries silently`, async () => {
      await run();
      for (const [i, file] of entries(root, namespace).entries()) {
        const absolute = path.join(root, '.strata', 'cache', namespace, file);
        if (i % 2 === 0) fs.truncateSync(absolute, Math.floor(fs.statSync(absolute).size / 2));
        else fs.writeFileSync(absolute, '\u0000garbage');
      }
      // A changed file, so the memo misses and the damaged packs are read.
      edit(root, commentJob, (text) => `${text}\n-- after damage\n`);
      const uncached = await run({ cache: false });
      assert.deepEqual(await run(), uncached);
      assert.deepEqual(await run(), uncached);
    });
  }

  it('ignores entries written by another tool version', async () => {
    await run();
    for (const file of entries(root)) {
      const absolute = path.join(root, '.strata', 'cache', file);
      const text = fs.readFileSync(absolute, 'utf8');
      fs.writeFileSync(absolute, text.replace(/"version":"[^"]*"/, '"version":"0.0.0-other"'));
    }
    plantInJobRecord(root, commentJob);
    assert.deepEqual(await run(), fresh);
  });

  it('stays correct when two processes check the project at once', async function () {
    this.timeout(180_000);
    const outputs = await Promise.all([checkInChild(root), checkInChild(root)]);
    for (const output of outputs) assert.deepEqual(JSON.parse(output), JSON.parse(JSON.stringify(fresh)));
    assert.deepEqual(fs.readdirSync(path.join(root, '.strata', 'cache'), { recursive: true }).map(String).filter((f) => f.endsWith('.tmp')), []);
    edit(root, commentJob, (text) => `${text}\n-- after the race\n`);
    assert.deepEqual(await run(), await run({ cache: false }));
  });
});

/**
 * Adds a marker diagnostic to the stored analysis of `job` (in the `jobs` pack) and returns its
 * message: seeing it in a result proves the analysis came from the cache.
 */
function plantInJobRecord(root: string, job: string): string {
  const message = 'planted by the test';
  const folder = path.join(root, '.strata', 'cache', 'packs');
  const key = job.split(path.sep).join('/');
  for (const file of fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.json'))) {
    const absolute = path.join(folder, file);
    const entry = JSON.parse(fs.readFileSync(absolute, 'utf8')) as { value: Record<string, { semantic?: unknown[] }> };
    const record = entry.value[key];
    if (!record?.semantic) continue;
    record.semantic.push({ file: key, start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, severity: 'warning', code: 'planted', message });
    fs.writeFileSync(absolute, JSON.stringify(entry));
  }
  return message;
}

/** Runs `check` of `root` (cache on) in a child process; resolves with its JSON result. */
function checkInChild(root: string): Promise<string> {
  const core = path.resolve(__dirname, '../../src/tasks/check.js');
  const script = `require(${JSON.stringify(core)}).check({project:${JSON.stringify(root)},cwd:${JSON.stringify(root)}}).then((r)=>process.stdout.write(JSON.stringify(r)))`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`check exited ${code}: ${stderr}`))));
  });
}
