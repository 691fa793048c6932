import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { numberFlag, parseFlags } from '../args';
import { median } from '../measure';
import type { BenchResult, Cell } from '../report';
import { cliHas, timedProcess, type ProcessRun } from '../strata-process';

const USAGE = 'usage: npm run bench -- dryrun [--iterations N] [--job NAME]';
const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const EXAMPLE = path.join(REPO, 'examples', 'live');
/** The `strata` bin as users install it. */
const BIN = path.join(REPO, 'bin', 'strata.js');
/** Goals of issue 9: a dry-run answers within 1.5 s; 100 unit tests run within 10 s. */
const DRY_RUN_GOAL_MS = 1500;
const TESTS_GOAL_MS_PER_100 = 10_000;

/** `strata <args>` in a fresh process in `cwd`; exit 0 and 1 (problems found) are runs. */
function strata(args: string[], cwd: string): ProcessRun {
  const run = timedProcess(process.execPath, [BIN, ...args], { cwd });
  if (run.status !== 0 && run.status !== 1) throw new Error(`strata ${args.join(' ')} exited ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
  return run;
}

/** Median wall and CPU time of `iterations` fresh processes, and the last run. */
function timed(args: string[], cwd: string, iterations: number): { wall: number; cpu: number; last: ProcessRun } {
  const runs = Array.from({ length: iterations }, () => strata(args, cwd));
  return { wall: median(runs.map((r) => r.ms)), cpu: median(runs.map((r) => r.cpuMs)), last: runs[runs.length - 1] };
}

function dryRunRow(job: string, type: string, root: string, iterations: number): Record<string, Cell> {
  const plain = timed(['dry-run', job, '--json'], root, iterations);
  const sample = timed(['dry-run', job, '--sample', '--json'], root, iterations);
  const result = JSON.parse(plain.last.stdout).result as { errors: number };
  return {
    job, type, errors: result.errors,
    'wall ms': plain.wall, 'cpu ms': plain.cpu, '--sample wall ms': sample.wall,
    goal: plain.wall <= DRY_RUN_GOAL_MS ? 'met' : `MISSED (> ${DRY_RUN_GOAL_MS} ms)`,
  };
}

/**
 * `strata test` over the example suite, when the CLI has the command: wall time, the number of
 * unit tests it ran, and that time scaled to 100 tests against the goal.
 */
function testRow(root: string, iterations: number): Record<string, Cell> | undefined {
  if (!cliHas('test')) return undefined;
  const run = timed(['test', '--format', 'json'], root, iterations);
  const tests = countTests(run.last.stdout);
  const per100 = tests > 0 ? (run.wall * 100) / tests : 0;
  return {
    job: `strata test (${tests} unit tests)`, type: 'suite', errors: run.last.status ?? -1, 'wall ms': run.wall, 'cpu ms': run.cpu,
    '--sample wall ms': '', goal: tests > 0 && per100 <= TESTS_GOAL_MS_PER_100 ? `met (${Math.round(per100)} ms per 100)` : `${Math.round(per100)} ms per 100 tests`,
  };
}

/** The number of test results in `strata test --format json` output (an envelope or a plain report). */
function countTests(stdout: string): number {
  try {
    const parsed = JSON.parse(stdout) as { result?: { tests?: unknown[] }; tests?: unknown[] };
    return (parsed.result?.tests ?? parsed.tests ?? []).length;
  } catch {
    return 0;
  }
}

/** The jobs of the example project and their type (from front matter), sorted. */
function exampleJobs(root: string): { name: string; type: string }[] {
  const dir = path.join(root, 'jobs');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).sort().map((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    return { name: f.slice(0, -4), type: /^type:\s*(\w+)/m.exec(text)?.[1] ?? 'batch' };
  });
}

/** `npm run bench -- dryrun`: `strata dry-run` of every examples/live job in a fresh process, and `strata test`. */
export async function run(args: readonly string[]): Promise<BenchResult> {
  const values = parseFlags(args, { iterations: 'count', job: 'string' }, USAGE);
  const iterations = Math.max(1, numberFlag(values, 'iterations', 3));
  const job = values.get('job');
  const only = typeof job === 'string' ? job : undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-dryrun-'));
  try {
    // A copy, so that the analysis cache is written under the temp folder, not into the repository.
    const root = path.join(out, 'live');
    fs.cpSync(EXAMPLE, root, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
    strata(['check'], root);
    const jobs = exampleJobs(root).filter((j) => only === undefined || j.name === only);
    const rows = jobs.map((j) => dryRunRow(j.name, j.type, root, iterations));
    const tests = only === undefined ? testRow(root, iterations) : undefined;
    return {
      name: 'dryrun',
      params: { iterations, jobs: jobs.length },
      columns: ['job', 'type', 'errors', 'wall ms', 'cpu ms', '--sample wall ms', 'goal'],
      rows: tests ? [...rows, tests] : rows,
      notes: [
        `each figure is the median of ${iterations} fresh \`bin/strata.js\` processes (Node and oclif start-up, the project load from a warm analysis cache, DuckDB load, translation and the run included); goal <= ${DRY_RUN_GOAL_MS} ms per dry-run`,
        '--sample also loads the seeds of the tables the job reads and previews what it writes',
        cliHas('test') ? `strata test: the example suite (tests/*.yaml); goal <= ${TESTS_GOAL_MS_PER_100} ms per 100 unit tests` : 'strata test: not measured, this build has no `test` command',
        'cpu ms: user + system time of the process; on a loaded machine wall time exceeds it',
      ],
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
