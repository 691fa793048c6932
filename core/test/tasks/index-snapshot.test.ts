import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IndexEntry } from '../../src/tasks/file-index';
import { IndexSnapshot } from '../../src/tasks/index-snapshot';

const entry = (key: string): IndexEntry => ({ key, dialect: 'spark', name: key, statements: 1 });

/** The stored entries' files, by size (the base is the larger one once it holds more than the delta). */
function stored(root: string): { file: string; lines: number }[] {
  const folder = path.join(root, '.strata', 'cache', 'index');
  return fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: path.join(folder, f), lines: (JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')) as { value: unknown[] }).value.length }))
    .sort((a, b) => b.lines - a.lines);
}

/** A run that asks for `paths` in order and sets `set`; returns what it got. */
function run(root: string, paths: string[], set: Record<string, string> = {}): (string | undefined)[] {
  const index = new IndexSnapshot(root);
  const got = paths.map((p) => index.get(p)?.key);
  for (const [p, key] of Object.entries(set)) index.set(p, entry(key));
  index.save();
  return got;
}

describe('tasks/index-snapshot', () => {
  let root: string;
  const paths = Array.from({ length: 300 }, (_, i) => `jobs/j${String(i).padStart(3, '0')}.sql`);
  const all = Object.fromEntries(paths.map((p) => [p, `k:${p}`]));
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-index-'));
    run(root, paths, all);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('answers what the last run stored, in or out of the order it was written', () => {
    assert.deepEqual(run(root, paths), paths.map((p) => `k:${p}`));
    assert.deepEqual(run(root, [paths[5], paths[1], 'jobs/new.sql', paths[299]]), [`k:${paths[5]}`, `k:${paths[1]}`, undefined, `k:${paths[299]}`]);
  });

  it('writes a few changed entries as a delta over the base, and later runs see them', () => {
    const base = stored(root)[0];
    const before = fs.readFileSync(base.file, 'utf8');
    run(root, paths, { [paths[3]]: 'edited', 'jobs/zzz.sql': 'added' });
    assert.equal(fs.readFileSync(base.file, 'utf8'), before, 'the base is not rewritten');
    assert.deepEqual(stored(root).map((s) => s.lines), [300, 2]);
    const got = run(root, [...paths, 'jobs/zzz.sql']);
    assert.equal(got[3], 'edited');
    assert.equal(got[300], 'added');
    assert.equal(got[4], `k:${paths[4]}`);
  });

  it('writes the whole index again when a file is gone or the delta grows large', () => {
    run(root, paths.slice(1));
    assert.deepEqual(stored(root).map((s) => s.lines), [299, 0]);
    assert.deepEqual(run(root, paths.slice(0, 3)), [undefined, `k:${paths[1]}`, `k:${paths[2]}`]);
    assert.deepEqual(stored(root).map((s) => s.lines), [2, 0]);
    const many = Object.fromEntries(paths.map((p) => [p, `new:${p}`]));
    run(root, paths, many);
    assert.deepEqual(stored(root).map((s) => s.lines), [300, 0]);
    assert.deepEqual(run(root, paths), paths.map((p) => `new:${p}`));
  });

  it('writes nothing when nothing changed', () => {
    const before = stored(root).map((s) => fs.statSync(s.file).mtimeMs);
    run(root, paths);
    assert.deepEqual(stored(root).map((s) => fs.statSync(s.file).mtimeMs), before);
  });

  it('treats a damaged or foreign entry as no entries', () => {
    run(root, paths, { [paths[0]]: 'edited' });
    for (const { file } of stored(root)) fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 100));
    assert.deepEqual(run(root, paths.slice(0, 2)), [undefined, undefined]);
    run(root, paths, all);
    for (const { file } of stored(root)) {
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, text.replace(/"value":\[.*\]\}$/, '"value":{"not":"a list"}}'));
    }
    assert.deepEqual(run(root, paths.slice(0, 1)), [undefined]);
  });
});
