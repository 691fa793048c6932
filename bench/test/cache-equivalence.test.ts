import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check, lint } from '@strata/core';
import { generateProject } from '../src/generate';

/** The first column line (`  name TYPE COMMENT ...,`) of a generated table file that some job reads. */
function columnLine(text: string): string | undefined {
  return text.split('\n').find((line) => /^\s+\w+\s+(STRING|BIGINT|DOUBLE|INT)\b.*,$/.test(line) && !/\b(room_id|user_id)\b/.test(line));
}

describe('analysis cache on a generated project', () => {
  let root: string;
  before(function () {
    this.timeout(120_000);
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-cache-gen-'));
    generateProject({ tables: 300, jobs: 150, seed: 7, out: root });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('check and lint give the uncached results cold, warm, and after a table loses a column', async function () {
    this.timeout(300_000);
    const options = { project: root, cwd: root };
    const uncached = await check({ ...options, cache: false });
    assert.deepEqual(await check(options), uncached, 'cold');
    assert.deepEqual(await check(options), uncached, 'warm');
    const lintUncached = await lint({ ...options, cache: false });
    assert.deepEqual(await lint(options), lintUncached, 'lint cold');
    assert.deepEqual(await lint(options), lintUncached, 'lint warm');

    // Drop a non-key column from every DWD table: the jobs reading it from DWD now fail.
    const dwd = path.join(root, 'tables', 'dwd');
    for (const file of fs.readdirSync(dwd)) {
      const text = fs.readFileSync(path.join(dwd, file), 'utf8');
      const line = columnLine(text);
      if (line) fs.writeFileSync(path.join(dwd, file), text.replace(`${line}\n`, ''));
    }
    const changed = await check({ ...options, cache: false });
    assert.ok(changed.diagnostics.some((d) => d.code === 'unknown-column'), 'the edit breaks some job');
    assert.deepEqual(await check(options), changed, 'warm after the edit');
    assert.deepEqual(await lint(options), await lint({ ...options, cache: false }), 'lint warm after the edit');
  });
});
