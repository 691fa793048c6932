import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { acquireLockFile, duckDbType, openDuckDb, openDuckDbState } from '@strata/core';
import { assertNoStack, copyProject, examplesLive, repoRoot, strata, type CliRun } from './helpers/run-cli';

const bin = path.join(repoRoot, 'cli', 'bin', 'run.js');

/** `strata ARGS` in `cwd` as a child process we can kill; `shown(text)` resolves once stdout holds `text`. */
function start(args: string[], cwd: string): { child: ChildProcess; done: Promise<CliRun>; shown: (text: string) => Promise<void> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  const waiting: { text: string; resolve: () => void }[] = [];
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    for (const w of waiting) if (stdout.includes(w.text)) w.resolve();
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ status: code ?? (signal ? -1 : -2), stdout, stderr })));
  const shown = (text: string) => new Promise<void>((resolve) => {
    if (stdout.includes(text)) resolve();
    else waiting.push({ text, resolve });
    void done.then(() => resolve());
  });
  return { child, done, shown };
}

/** A seeded PRNG (mulberry32): the same delays on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCHEDULER_FILES = ['airflow/live_cron_0_3_x_x_x.py', 'airflow/live_daily.py', 'dolphinscheduler/live.json'];

/**
 * What the target holds once a publish has converged: its tables and jobs, the journal of table
 * and job steps (each once), and the scheduler files. Writing the scheduler files is idempotent
 * and planned from the files themselves, so a publish killed after writing them and before
 * recording that step finds nothing left to do: its journal entry is there at most once. Asserts
 * that the engine holds what the state records and that the journal holds no step twice.
 */
async function converged(dir: string): Promise<{ tables: number; jobs: number; journal: number; scheduler: string[] }> {
  const engine = await openDuckDb({ path: path.join(dir, '.strata', 'local.duckdb') });
  try {
    const state = await openDuckDbState(engine, 'local').read();
    const held = await engine.query("SELECT schema_name || '.' || table_name FROM duckdb_tables() WHERE schema_name <> 'strata' ORDER BY 1");
    assert.deepEqual(held.rows.map((r) => r[0]), Object.keys(state.tables).sort());
    for (const t of Object.values(state.tables)) {
      assert.deepEqual((await engine.tableColumns(t.name))!.map((c) => `${c.name} ${c.type}`), t.columns.map((c) => `${c.name} ${duckDbType(c.type)}`));
    }
    const journal = (await engine.query('SELECT description FROM strata.journal')).rows.map((r) => String(r[0]));
    assert.equal(new Set(journal).size, journal.length, 'a step applied twice');
    const scheduler = path.join(dir, '.strata', 'targets', 'local', 'scheduler');
    const files = fs.readdirSync(scheduler, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(scheduler, path.join(e.parentPath, e.name))).sort();
    const steps = journal.filter((d) => !d.startsWith('scheduler artefacts'));
    return { tables: Object.keys(state.tables).length, jobs: Object.keys(state.jobs).length, journal: steps.length, scheduler: files };
  } finally {
    await engine.close();
  }
}

describe('strata plan / publish', function () {
  this.timeout(600_000);

  it('publishes examples/live from empty, then says it is up to date', async () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      const first = strata(['publish', '--yes'], dir);
      assert.equal(first.status, 0, first.stderr);
      const lines = first.stdout.trimEnd().split('\n');
      const id = /^plan ([0-9a-f]{12}) for target local:$/.exec(lines[0])![1];
      assert.deepEqual(lines.slice(-3), [
        '  [53/54] register job jobs/ads_live_anchor_income_1d.sql',
        '  [54/54] scheduler artefacts in .strata/targets/local/scheduler: write airflow/live_cron_0_3_x_x_x.py, airflow/live_daily.py, dolphinscheduler/live.json',
        `published to target local: 54 steps applied (plan ${id})`,
      ]);
      assert.equal(lines.filter((l) => /^ {2}\[\d+\/54\] /.test(l)).length, 54);
      assert.deepEqual(await converged(dir), { tables: 32, jobs: 21, journal: 53, scheduler: SCHEDULER_FILES });
      assert.deepEqual(strata(['publish', '--yes'], dir), { status: 0, stdout: 'target local is up to date\n', stderr: '' });
      assert.deepEqual(strata(['plan'], dir), { status: 0, stdout: 'target local is up to date\n', stderr: '' });
    } finally {
      cleanup();
    }
  });

  it('gives plan and publish as data with --json, with no progress lines', () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      const planned = strata(['plan', '--json'], dir);
      const { status, result } = JSON.parse(planned.stdout);
      assert.deepEqual([planned.status, status, Object.keys(result)], [0, 0, ['format', 'id', 'target', 'project', 'state', 'changes', 'steps', 'breaking', 'upToDate']]);
      const published = strata(['publish', '--yes', '--json'], dir);
      const out = JSON.parse(published.stdout);
      assert.deepEqual([published.status, out.status, out.result.status, out.result.applied, out.result.plan.id], [0, 0, 'applied', 54, result.id]);
    } finally {
      cleanup();
    }
  });

  it('saves a plan and applies it exactly as saved', () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      const planned = strata(['plan', '--out', 'plan.json'], dir);
      assert.equal(planned.stdout.trimEnd().split('\n').pop(), 'saved to plan.json');
      const applied = strata(['publish', '--plan', 'plan.json', '--yes'], dir);
      assert.equal(applied.status, 0, applied.stderr);
      assert.match(applied.stdout, /published to target local: 54 steps applied \(plan [0-9a-f]{12}\)\n$/);
    } finally {
      cleanup();
    }
  });

  it('refuses bad input in one line, exit 2, and applies nothing', () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      // [args, the one line on stderr]
      const bad: [string[], string][] = [
        [['publish'], 'error  pass --yes to publish without a terminal; nothing was applied'],
        [['publish', '--yes', '--target', 'prod'], "error  unknown target 'prod'; use one of: local"],
        [['plan', '--target', 'prod'], "error  unknown target 'prod'; use one of: local"],
        [['publish', '--yes', '--plan', 'missing.json'], "error  cannot read plan 'missing.json': no such file"],
      ];
      for (const [args, message] of bad) {
        const r = strata(args, dir);
        assert.deepEqual([r.status, r.stdout, r.stderr], [2, '', `${message}\n`], args.join(' '));
        assertNoStack(r.stderr);
      }
      assert.equal(JSON.parse(strata(['plan', '--json'], dir).stdout).result.state, '0'.repeat(32), 'nothing applied');
    } finally {
      cleanup();
    }
  });

  it('fails with who holds the lock while another publish runs, and waits with --wait', async () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      fs.mkdirSync(path.join(dir, '.strata'));
      const lockFile = path.join(dir, '.strata', 'local.duckdb.lock');
      const owner = { user: 'ana', host: os.hostname(), pid: process.pid, since: '2026-11-30T10:00:00.000Z', command: 'strata publish' };
      const lock = acquireLockFile(lockFile, 'local', owner);
      const refused = strata(['publish', '--yes'], dir);
      assert.deepEqual([refused.status, refused.stdout, refused.stderr], [2, '',
        `error  target 'local' is locked by ana@${os.hostname()} (pid ${process.pid}, strata publish) since 2026-11-30T10:00:00.000Z; wait for it to finish (--wait), or remove a stale lock with: rm '.strata/local.duckdb.lock'\n`]);
      const waiting = start(['publish', '--yes', '--wait'], dir);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      assert.equal(waiting.child.exitCode, null, 'still waiting');
      await lock.release();
      const done = await waiting.done;
      assert.equal(done.status, 0, done.stderr);
      assert.deepEqual(await converged(dir), { tables: 32, jobs: 21, journal: 53, scheduler: SCHEDULER_FILES });
    } finally {
      cleanup();
    }
  });

  it('never interleaves two publishes started together with --wait', async () => {
    const { dir, cleanup } = copyProject(examplesLive);
    try {
      const [a, b] = await Promise.all([start(['publish', '--yes', '--wait'], dir).done, start(['publish', '--yes', '--wait'], dir).done]);
      assert.deepEqual([a.status, b.status], [0, 0], a.stderr + b.stderr);
      const summaries = [a, b].map((r) => r.stdout.trimEnd().split('\n').pop()!.replace(/\(plan [0-9a-f]+\)/, '(plan)')).sort();
      assert.deepEqual(summaries, ['published to target local: 54 steps applied (plan)', 'target local is up to date']);
      assert.deepEqual(await converged(dir), { tables: 32, jobs: 21, journal: 53, scheduler: SCHEDULER_FILES });
    } finally {
      cleanup();
    }
  });

  it('converges after being killed (SIGKILL) at random moments, every time', async () => {
    const { dir, cleanup } = copyProject(examplesLive);
    const next = random(11);
    try {
      for (let i = 0; i < 15; i++) {
        // From empty each time; the lock file a killed publish leaves is taken over (its pid is dead).
        for (const f of ['local.duckdb', 'local.duckdb.wal']) fs.rmSync(path.join(dir, '.strata', f), { force: true });
        const run = start(['publish', '--yes'], dir);
        // A random step's progress line, then a random few milliseconds: inside a step or between two.
        const step = 1 + Math.floor(next() * 54);
        await run.shown(`[${step}/54]`);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 30)));
        run.child.kill('SIGKILL');
        await run.done;
        const again = strata(['publish', '--yes'], dir);
        assert.equal(again.status, 0, `iteration ${i}: ${again.stderr}`);
        assert.deepEqual(await converged(dir), { tables: 32, jobs: 21, journal: 53, scheduler: SCHEDULER_FILES }, `iteration ${i}`);
      }
    } finally {
      cleanup();
    }
  });
});
