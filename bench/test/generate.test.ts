import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { maskVariables, parse, type Dialect } from '@strata/core';
import { generateProject, generateProjectFiles, parseGenerateArgs } from '../src/generate';

function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(root, { recursive: true }).map(String).sort()) {
    const full = path.join(root, entry);
    if (fs.statSync(full).isFile()) files.set(entry.split(path.sep).join('/'), fs.readFileSync(full, 'utf8'));
  }
  return files;
}

/** Tables are Hive DDL; jobs say their dialect in front matter. */
function dialectOf(file: string, text: string): Dialect {
  if (file.startsWith('tables/')) return 'hive';
  return /^dialect: flink$/m.test(text) ? 'flink' : 'spark';
}

describe('bench generate', () => {
  const options = { tables: 200, jobs: 100, seed: 42 };
  let dirs: string[] = [];
  const tempDir = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-gen-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    dirs = [];
  });

  it('writes the same bytes for the same seed', () => {
    const a = generateProject({ ...options, out: tempDir() });
    const b = generateProject({ ...options, out: tempDir() });
    assert.equal(a.tables, 200);
    assert.equal(a.jobs, 100);
    assert.deepEqual(readTree(b.root), readTree(a.root));
  });

  it('writes different projects for different seeds', () => {
    const a = generateProjectFiles(options);
    const b = generateProjectFiles({ ...options, seed: 43 });
    assert.notDeepEqual([...a.values()], [...b.values()]);
  });

  it('lays the project out as strata.yaml, tables/<layer>/ and jobs/', () => {
    const files = [...generateProjectFiles(options).keys()];
    assert.ok(files.includes('strata.yaml'));
    for (const layer of ['ods', 'dim', 'dwd', 'dws', 'ads']) {
      assert.ok(files.some((f) => f.startsWith(`tables/${layer}/${layer}_`)), layer);
    }
    assert.ok(files.some((f) => /^jobs\/rt_.*\.sql$/.test(f)), 'a streaming job');
  });

  it('reads only lower layers and only columns the source DDL declares', () => {
    const files = generateProjectFiles(options);
    const order = ['ods', 'dim', 'dwd', 'dws', 'ads'];
    const columns = new Map<string, Set<string>>();
    for (const [file, text] of files) {
      const table = /CREATE TABLE IF NOT EXISTS (\w+\.\w+) \(([\s\S]*?)\n\) COMMENT/.exec(text);
      if (file.startsWith('tables/') && table) {
        columns.set(table[1], new Set([...table[2].matchAll(/^\s+(\w+)\s/gm)].map((m) => m[1])));
      }
    }
    for (const [file, text] of files) {
      if (!file.startsWith('jobs/') || !text.includes('INSERT OVERWRITE')) continue;
      const target = /INSERT OVERWRITE TABLE (\w+)\.\w+/.exec(text)?.[1] ?? '';
      for (const [, alias, db, name] of text.matchAll(/(?:FROM|JOIN) ((\w+)\.(\w+)) [ab]\b/g)) {
        assert.ok(order.indexOf(db) < order.indexOf(target), `${file} reads ${alias}`);
        const known = columns.get(`${db}.${name}`);
        assert.ok(known, `${file} reads undeclared ${alias}`);
      }
      for (const [, alias, column] of text.matchAll(/\b([ab])\.(\w+)/g)) {
        const table = new RegExp(`(?:FROM|JOIN) (\\w+\\.\\w+) ${alias}\\b`).exec(text)?.[1] ?? '';
        assert.ok(column === 'p_date' || columns.get(table)?.has(column), `${file}: ${alias}.${column} not in ${table}`);
      }
    }
  });

  it('generates files our parser reads without errors', () => {
    for (const [file, text] of generateProjectFiles(options)) {
      if (!file.endsWith('.sql')) continue;
      const errors = parse(maskVariables(text).text, dialectOf(file, text)).errors;
      assert.deepEqual(errors, [], file);
    }
  });

  it('writes Hive batch jobs when asked for a Hive project', () => {
    const files = generateProjectFiles({ ...options, dialect: 'hive' });
    assert.match(files.get('strata.yaml') ?? '', /^dialect: hive$/m);
    const jobs = [...files].filter(([file, text]) => file.startsWith('jobs/') && text.includes('INSERT OVERWRITE'));
    assert.ok(jobs.length > 0 && jobs.every(([, text]) => /^dialect: hive$/m.test(text)));
  });

  it('parses command-line flags and rejects unknown ones', () => {
    assert.deepEqual(parseGenerateArgs(['--tables', '5', '--jobs', '2', '--seed', '9', '--out', 'x']), {
      tables: 5,
      jobs: 2,
      seed: 9,
      out: 'x',
      name: undefined,
    });
    assert.throws(() => parseGenerateArgs(['--tables', 'many', '--out', 'x']), /whole number/);
    assert.throws(() => parseGenerateArgs(['--bogus', '1']), /unexpected argument/);
    assert.throws(() => parseGenerateArgs([]), /--out is required/);
  });
});
