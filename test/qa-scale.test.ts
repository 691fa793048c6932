import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, strata, tempDir, type CliRun } from './helpers/run-cli';

/*
 * QA: a generated warehouse the size of a real team's (2,000 tables, 1,200 jobs), built once,
 * checked, graphed and traced; then broken in one place.
 */

interface Graph {
  nodes: { id: string; kind: string; file?: string }[];
  edges: { from: string; to: string }[];
  cycles: string[][];
}

function problems(r: CliRun): string[] {
  return r.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ {2}(error|warning) {2}/.test(l));
}

describe('qa: a generated project of 2,000 tables and 1,200 jobs', () => {
  let dir: string;
  let cleanup: () => void;
  let graph: Graph;

  before(() => {
    ({ dir, cleanup } = tempDir());
    const gen = spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'dist', 'src', 'generate.js'),
      '--tables', '2000', '--jobs', '1200', '--seed', '3', '--out', dir], { encoding: 'utf8' });
    assert.equal(gen.status, 0, gen.stderr);
    const r = strata(['graph', '--project', dir, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    graph = JSON.parse(r.stdout);
  });
  after(() => cleanup());

  it('checks all 3,200 files clean', () => {
    const r = strata(['check', '--project', dir]);
    assert.equal(r.status, 0, r.stdout.slice(0, 2000) + r.stderr);
    assert.equal(r.stdout.trim(), '✔ 3200 files checked, no problems');
  });

  it('graphs every job writing one table, every edge between known nodes, no cycles', () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    const jobs = graph.nodes.filter((n) => n.kind === 'job');
    assert.equal(jobs.length, 1200);
    assert.ok(graph.nodes.filter((n) => n.kind === 'table').length >= 2000);
    for (const e of graph.edges) assert.ok(ids.has(e.from) && ids.has(e.to), JSON.stringify(e));
    for (const job of jobs) assert.equal(graph.edges.filter((e) => e.from === job.id).length, 1, job.id);
    assert.deepEqual(graph.cycles, []);
  });

  it('traces an ADS table down the layers to ODS', () => {
    const adsJob = graph.edges.find((e) => e.from.startsWith('job:') && e.to.startsWith('table:ads.'));
    assert.ok(adsJob);
    const r = strata(['lineage', adsJob.to.slice('table:'.length), '--upstream', '--project', dir, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const columns = JSON.parse(r.stdout).result.columns as { upstream: { source: string; target: string }[] }[];
    const roots = columns.flatMap((c) => c.upstream.map((h) => h.source).filter((s) => !c.upstream.some((h) => h.target === s)));
    assert.ok(roots.some((root) => root.startsWith('ods.')), roots.join(', '));
    // a root above ODS is a column computed from no column at all, such as count(1)
    for (const root of roots) assert.match(root, /^(ods|dim|dwd|dws)\./, root);
  });

  it('finds the one broken join column among 3,200 files and prints one line', () => {
    const jobs = graph.nodes.filter((n) => n.kind === 'job' && n.file).map((n) => n.file as string).sort();
    const file = path.join(dir, jobs.slice(600).find((f) => /\bON a\.\w+ = b\.\w+/.test(fs.readFileSync(path.join(dir, f), 'utf8'))) ?? '');
    const text = fs.readFileSync(file, 'utf8');
    const m = /\bON a\.\w+ = b\.(\w+)/.exec(text);
    assert.ok(m);
    const at = m.index + m[0].length; // just after the column of b
    fs.writeFileSync(file, `${text.slice(0, at)}_typo${text.slice(at)}`);
    try {
      const r = strata(['check', '--project', dir]);
      assert.equal(r.status, 1);
      const start = at - m[1].length;
      const where = `${text.slice(0, start).split('\n').length}:${start - text.lastIndexOf('\n', start - 1)}`;
      assert.deepEqual(problems(r).map((l) => l.split('  ')[0]), [`${path.relative(dir, file)}:${where}`]);
      assert.match(problems(r)[0], new RegExp(`unknown column 'b\\.${m[1]}_typo'`));
    } finally {
      fs.writeFileSync(file, text);
    }
  });

  // Was a bug (a table declared twice passed check), fixed.
  it('reports a table declared in two files', () => {
    const table = graph.nodes.find((n) => n.kind === 'table' && n.file?.startsWith('tables/ads/'));
    assert.ok(table?.file);
    const copy = table.file.replace(/\.sql$/, '_copy.sql');
    fs.copyFileSync(path.join(dir, table.file), path.join(dir, copy));
    try {
      const r = strata(['check', '--project', dir]);
      assert.equal(r.status, 1, r.stdout);
      assert.match(r.stdout, new RegExp(`^${copy}:\\d+:\\d+ {2}error {2}.*${table.id.slice('table:'.length).replace('.', '\\.')}.*${table.file}`, 'm'));
    } finally {
      fs.rmSync(path.join(dir, copy));
    }
  });

  // Was a bug (two jobs overwriting one partition passed without a warning), fixed.
  it('warns when two jobs overwrite the same table partition', () => {
    const job = graph.nodes.find((n) => n.kind === 'job' && n.file);
    assert.ok(job?.file);
    const copy = job.file.replace(/\.sql$/, '_v2.sql');
    fs.copyFileSync(path.join(dir, job.file), path.join(dir, copy));
    try {
      const r = strata(['check', '--project', dir]);
      assert.match(r.stdout, new RegExp(`^${copy}:\\d+:\\d+ {2}(warning|error) {2}.*${job.file}`, 'm'));
    } finally {
      fs.rmSync(path.join(dir, copy));
    }
  });
});
