import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { numberFlag, parseFlags } from '../args';
import { median } from '../measure';
import type { BenchResult, Cell } from '../report';
import { cliHas, STRATA_ENV, timedProcess, type ProcessRun } from '../strata-process';
import { fillExpectations, writeVariantSuite } from '../test-suite';

const USAGE = 'usage: npm run bench -- dryrun [--iterations N] [--job NAME] [--tests N]';
const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const EXAMPLE = path.join(REPO, 'examples', 'live');
/** The `strata` bin as users install it. */
const BIN = path.join(REPO, 'bin', 'strata.js');
/** Goals of issue 9: a dry-run answers within 1.5 s; 100 unit tests run within 10 s. */
const DRY_RUN_GOAL_MS = 1500;
const TESTS_GOAL_MS_PER_100 = 10_000;

/** `strata <args>` in a fresh process in `cwd`; exit 0 and 1 (problems found) are runs. */
function strata(args: string[], cwd: string): ProcessRun {
  const run = timedProcess(process.execPath, [BIN, ...args], { cwd, env: STRATA_ENV });
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
 * `strata test` over the example suite, then over a generated suite of `count` tests (variants of
 * the example tests over varied inputs, in a copy of the project): wall time, the tests run and
 * how many did not pass, against the goal for 100 tests (scaled when `count` is not 100).
 */
function testRows(root: string, suiteRoot: string, count: number, iterations: number): Record<string, Cell>[] {
  if (!cliHas('test')) return [];
  const example = timed(['test', '--format', 'json'], root, iterations);
  writeVariantSuite(suiteRoot, count);
  fillExpectations(suiteRoot, report(strata(['test', '--format', 'json'], suiteRoot).stdout));
  const suite = timed(['test', '--format', 'json'], suiteRoot, iterations);
  return [testRow('example suite', example), testRow('generated suite', suite)];
}

function testRow(what: string, run: ReturnType<typeof timed>): Record<string, Cell> {
  const { tests } = report(run.last.stdout);
  const per100 = tests.length > 0 ? (run.wall * 100) / tests.length : 0;
  return {
    job: `strata test: ${what} (${tests.length} unit tests)`, type: 'suite', errors: tests.filter((t) => t.status !== 'pass').length, 'wall ms': run.wall, 'cpu ms': run.cpu,
    '--sample wall ms': '', goal: tests.length > 0 && per100 <= TESTS_GOAL_MS_PER_100 ? `met (${Math.round(per100)} ms per 100)` : `MISSED (${Math.round(per100)} ms per 100 tests)`,
  };
}

/** The report of `strata test --format json` (an envelope or a plain report). */
function report(stdout: string): { tests: { file: string; status: string; tables: { table: string; unexpected: Record<string, unknown>[] }[] }[] } {
  const parsed = JSON.parse(stdout) as { result?: ReturnType<typeof report> } & ReturnType<typeof report>;
  return parsed.result ?? parsed;
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
  const values = parseFlags(args, { iterations: 'count', job: 'string', tests: 'count' }, USAGE);
  const iterations = Math.max(1, numberFlag(values, 'iterations', 3));
  const count = Math.max(1, numberFlag(values, 'tests', 100));
  const job = values.get('job');
  const only = typeof job === 'string' ? job : undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-bench-dryrun-'));
  try {
    // A copy, so that the analysis cache is written under the temp folder, not into the repository.
    const root = path.join(out, 'live');
    const suiteRoot = path.join(out, 'suite');
    for (const copy of [root, suiteRoot]) {
      fs.cpSync(EXAMPLE, copy, { recursive: true, filter: (src) => !src.includes(`${path.sep}.strata`) });
      strata(['check'], copy);
    }
    const jobs = exampleJobs(root).filter((j) => only === undefined || j.name === only);
    const rows = jobs.map((j) => dryRunRow(j.name, j.type, root, iterations));
    const tests = only === undefined ? testRows(root, suiteRoot, count, iterations) : [];
    return {
      name: 'dryrun',
      params: { iterations, jobs: jobs.length, tests: count },
      columns: ['job', 'type', 'errors', 'wall ms', 'cpu ms', '--sample wall ms', 'goal'],
      rows: [...rows, ...tests],
      notes: [
        `each figure is the median of ${iterations} fresh \`bin/strata.js\` processes (Node and oclif start-up, the project load from a warm analysis cache, DuckDB load, translation and the run included); goal <= ${DRY_RUN_GOAL_MS} ms per dry-run`,
        '--sample also loads the seeds of the tables the job reads and previews what it writes',
        cliHas('test') ? `strata test: the example suite (tests/*.yaml), then a generated suite of ${count} tests (variants of each example test, every fourth given row dropped from a varying offset; expected rows are what the job wrote, so errors counts tests that did not pass); goal <= ${TESTS_GOAL_MS_PER_100} ms per 100 unit tests` : 'strata test: not measured, this build has no `test` command',
        'cpu ms: user + system time of the process; on a loaded machine wall time exceeds it',
      ],
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
