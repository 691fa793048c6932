import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadWorkspace, openDuckDb } from '@strata/core';
import { numberFlag, parseFlags } from '../args';
import { median } from '../measure';
import type { BenchResult, Cell } from '../report';
import { STRATA_ENV, timedProcess, type ProcessRun } from '../strata-process';

const USAGE = 'usage: npm run bench -- run [--iterations N] [--date D]';
const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const EXAMPLE = path.join(REPO, 'examples', 'live');
/** The `strata` bin as users install it. */
const BIN = path.join(REPO, 'bin', 'strata.js');

/** A copy of examples/live whose local DuckDB target holds every catalog table, empty (what `strata publish --target local` leaves). */
async function publishedCopy(out: string): Promise<string> {
  const root = path.join(out, 'live');
  fs.cpSync(EXAMPLE, root, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
  fs.mkdirSync(path.join(root, '.strata'));
  const ws = await loadWorkspace({ project: root, cwd: root });
  const engine = await openDuckDb({ path: path.join(root, '.strata', 'local.duckdb') });
  for (const table of ws.catalog.tables()) if (!table.temporary) await engine.createTable(table);
  await engine.close();
  return root;
}

/** `strata run` in a fresh process: median wall and CPU time of `iterations` runs, and what the last one did. */
function row(label: string, args: string[], root: string, iterations: number): Record<string, Cell> {
  const runs: ProcessRun[] = Array.from({ length: iterations }, () => timedProcess(process.execPath, [BIN, ...args, '--json'], { cwd: root, env: STRATA_ENV }));
  const last = runs[runs.length - 1];
  if (last.status !== 0) throw new Error(`strata ${args.join(' ')} exited ${last.status}: ${last.stderr.trim().split('\n')[0]}`);
  const result = JSON.parse(last.stdout).result as { steps: { rows?: number; seconds: number }[]; seeds: { rows: number }[] };
  return {
    run: label,
    jobs: result.steps.length,
    'rows written': result.steps.reduce((n, s) => n + (s.rows ?? 0), 0),
    'seed rows': result.seeds.reduce((n, s) => n + s.rows, 0),
    'jobs s (sum)': Number(result.steps.reduce((n, s) => n + s.seconds, 0).toFixed(2)),
    'wall ms': median(runs.map((r) => r.ms)),
    'cpu ms': median(runs.map((r) => r.cpuMs)),
  };
}

/** `npm run bench -- run`: a local run of every examples/live batch job for one date on its DuckDB target. */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const values = parseFlags(args, { iterations: 'count', date: 'string' }, USAGE);
  const iterations = Math.max(1, numberFlag(values, 'iterations', 3));
  const date = typeof values.get('date') === 'string' ? String(values.get('date')) : '2026-11-25';
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-run-'));
  try {
    const root = await publishedCopy(out);
    const rows = [
      row(`strata run --date ${date}`, ['run', '--date', date], root, iterations),
      row(`strata run --date ${date} --parallel 2`, ['run', '--date', date, '--parallel', '2'], root, iterations),
      row(`strata run --date ${date} --dry-run`, ['run', '--date', date, '--dry-run'], root, iterations),
    ];
    return {
      name: 'run',
      params: { iterations, date },
      columns: ['run', 'jobs', 'rows written', 'seed rows', 'jobs s (sum)', 'wall ms', 'cpu ms'],
      rows,
      notes: [
        `each figure is the median of ${iterations} fresh \`bin/strata.js\` processes on a copy of examples/live whose .strata/local.duckdb holds every table (Node and oclif start-up, project load, DuckDB load, seeds, translation, jobs and their checks included)`,
        'every run after the first rewrites the same partitions (idempotent), so all iterations do the same work',
        'jobs s (sum): the jobs\' own seconds (run + checks) added up, from the last run',
        'cpu ms: user + system time of the process; on a loaded machine wall time exceeds it',
      ],
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
