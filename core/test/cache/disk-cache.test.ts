import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CACHE_SCHEMA_VERSION, DiskCache, fingerprint } from '../../src/cache/disk-cache';
import { toolVersion } from '../../src/cache/tool-version';

interface Summary {
  reads: string[];
  writes: string[];
}

const summary: Summary = { reads: ['ods.orders'], writes: ['dwd.orders_di'] };
const parts = { content: 'INSERT INTO dwd.orders_di SELECT * FROM ods.orders;', dialect: 'spark', config: fingerprint({ vars: { date: '2024-01-01' } }) };

function tempRoot(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'strata-cache-'));
}

/** Every file under `dir`, relative to it. */
function listFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort() : [];
}

describe('cache/disk-cache', () => {
  let root: string;
  let cache: DiskCache<Summary>;
  beforeEach(() => {
    root = tempRoot();
    cache = new DiskCache<Summary>(root, 'analysis');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('misses, then hits with the exact stored value, under .strata/cache/<namespace>/<prefix>/<key>.json', () => {
    const key = cache.key(parts);
    assert.match(key, /^[0-9a-f]{64}$/);
    assert.equal(cache.get(key), undefined);
    cache.set(key, summary);
    assert.deepEqual(cache.get(key), summary);
    assert.deepEqual(listFiles(path.join(root, '.strata')), [path.join('cache', 'analysis', key.slice(0, 2), `${key}.json`)]);
  });

  it('reads entries written by another instance (a later process)', () => {
    const key = cache.key(parts);
    cache.set(key, summary);
    assert.deepEqual(new DiskCache<Summary>(root, 'analysis').get(key), summary);
    assert.equal(new DiskCache<Summary>(root, 'parse').get(key), undefined);
  });

  it('computes once on a miss and reuses the stored value afterwards', () => {
    const key = cache.key(parts);
    let calls = 0;
    const compute = () => {
      calls++;
      return summary;
    };
    assert.deepEqual(cache.getOrCompute(key, compute), summary);
    assert.deepEqual(cache.getOrCompute(key, compute), summary);
    assert.equal(calls, 1);
  });

  const keyChanges: [string, Partial<typeof parts>][] = [
    ['a different content', { content: `${parts.content} ` }],
    ['a different dialect', { dialect: 'hive' }],
    ['a different config', { config: fingerprint({ vars: { date: '2024-01-02' } }) }],
    ['no config', { config: undefined }],
  ];
  for (const [what, change] of keyChanges) {
    it(`gives another key for ${what}`, () => {
      assert.notEqual(cache.key({ ...parts, ...change }), cache.key(parts));
    });
  }

  it('changes the key with the tool version and uses the version in core/package.json (plus the build time of a dev build) by default', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string };
    assert.match(toolVersion(), new RegExp(`^${pkg.version.replace(/\./g, '\\.')}(\\+build\\.\\d+)?$`));
    assert.equal(new DiskCache(root, 'analysis', { toolVersion: toolVersion() }).key(parts), cache.key(parts));
    assert.notEqual(new DiskCache(root, 'analysis', { toolVersion: '99.0.0' }).key(parts), cache.key(parts));
  });

  it('fingerprints configs independently of key order and undefined fields', () => {
    assert.equal(fingerprint({ a: 1, b: { c: [1, 'x'], d: undefined } }), fingerprint({ b: { c: [1, 'x'] }, a: 1 }));
    assert.notEqual(fingerprint({ a: 1 }), fingerprint({ a: '1' }));
    assert.notEqual(fingerprint([1, 2]), fingerprint([2, 1]));
  });

  const damaged: [string, (text: string) => string][] = [
    ['a truncated entry', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['an empty entry', () => ''],
    ['binary garbage', () => '\u0000\u00ff\u0001garbage'],
    ['valid JSON that is not an entry', () => '[1,2,3]'],
    ['an entry without a value', (text) => JSON.stringify({ strata: (JSON.parse(text) as { strata: unknown }).strata })],
    ['an entry of another tool version', (text) => text.replace(`"version":"${toolVersion()}"`, '"version":"0.0.0-other"')],
    ['an entry of another schema version', (text) => text.replace(`"schema":${CACHE_SCHEMA_VERSION}`, `"schema":${CACHE_SCHEMA_VERSION + 1}`)],
    ['an entry stored under another key', (text) => text.replace(/"key":"[0-9a-f]+"/, `"key":"${'0'.repeat(64)}"`)],
  ];
  for (const [what, damage] of damaged) {
    it(`treats ${what} as a miss, deletes it and rebuilds it silently`, () => {
      const key = cache.key(parts);
      cache.set(key, summary);
      const file = cache.file(key);
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, damage(text));
      assert.notEqual(fs.readFileSync(file, 'utf8'), text);
      assert.equal(cache.get(key), undefined);
      assert.equal(fs.existsSync(file), false);
      assert.deepEqual(cache.getOrCompute(key, () => summary), summary);
      assert.equal(fs.readFileSync(file, 'utf8'), text);
    });
  }

  it('ignores entries written by another tool version (their keys differ)', () => {
    const old = new DiskCache<Summary>(root, 'analysis', { toolVersion: '0.0.1' });
    old.set(old.key(parts), summary);
    assert.equal(cache.get(cache.key(parts)), undefined);
  });

  it('never throws when the cache folder cannot be written', () => {
    const blocked = path.join(root, '.strata');
    fs.writeFileSync(blocked, 'a file where the cache folder belongs');
    const key = cache.key(parts);
    cache.set(key, summary);
    assert.equal(cache.get(key), undefined);
    assert.deepEqual(cache.getOrCompute(key, () => summary), summary);
  });

  it('prunes to the most recently used entries, a hit counting as a use', () => {
    const keys = ['a', 'b', 'c', 'd'].map((content) => cache.key({ ...parts, content }));
    keys.forEach((key, i) => {
      cache.set(key, summary);
      const written = new Date(Date.UTC(2026, 0, 1 + i));
      fs.utimesSync(cache.file(key), written, written);
    });
    assert.deepEqual(cache.get(keys[0]), summary);
    cache.prune(2);
    assert.deepEqual(keys.map((key) => fs.existsSync(cache.file(key))), [true, false, false, true]);
    cache.prune(0);
    assert.deepEqual(listFiles(cache.folder), []);
  });

  it('prunes nothing, and does not throw, when the namespace was never written', () => {
    cache.prune(0);
    assert.equal(fs.existsSync(cache.folder), false);
  });

  it('stays uncorrupted when two processes write the same keys at once', async function () {
    this.timeout(60_000);
    const keys = Array.from({ length: 200 }, (_, i) => cache.key({ ...parts, content: `SELECT ${i};` }));
    await Promise.all(['a', 'b'].map((writer) => writeInChild(root, keys, writer)));
    const folder = path.join(root, '.strata', 'cache', 'analysis');
    assert.deepEqual(listFiles(folder).filter((f) => !f.endsWith('.json')), [], 'no temp files are left behind');
    for (const key of keys) {
      const value = cache.get(key) as { writer: string; payload: string } | undefined;
      assert.ok(value !== undefined, `entry ${key} is readable`);
      assert.ok(value.writer === 'a' || value.writer === 'b');
      assert.equal(value.payload, value.writer.repeat(20_000));
    }
  });
});

/** Runs a child process that writes every key 5 times with a large value tagged by `writer`. */
function writeInChild(root: string, keys: string[], writer: string): Promise<void> {
  const module = path.resolve(__dirname, '..', '..', 'src', 'cache', 'disk-cache.js');
  const script = `
    const { DiskCache } = require(${JSON.stringify(module)});
    const cache = new DiskCache(${JSON.stringify(root)}, 'analysis');
    const keys = ${JSON.stringify(keys)};
    const value = { writer: ${JSON.stringify(writer)}, payload: ${JSON.stringify(writer)}.repeat(20000) };
    for (let round = 0; round < 5; round++) for (const key of keys) cache.set(key, value);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${writer} exited ${code}: ${stderr}`))));
  });
}
