import * as os from 'node:os';
import * as path from 'node:path';
import type { TableInfo } from '../catalog';
import { StrataError } from '../errors';
import { isCalendarDate } from '../project';
import { readText } from '../project/read-text';
import { walk } from '../project/walk';
import { mapBounded } from './bounded-map';
import { runDataChecks, type DataCheckResult } from './test-checks-run';
import { UnitTestContext } from './test-context';
import { runUnitTest, type UnitTestResult } from './test-run';
import { loadUnitTest } from './test-spec';
import { loadWorkspace, type Workspace, type WorkspaceOptions } from './workspace';
import { wildcard } from '../text/wildcard';

/** Default bound on one unit test's job run. */
export const DEFAULT_TEST_TIMEOUT_SECONDS = 30;

export interface TestOptions extends WorkspaceOptions {
  /** Test file name, path or job name (`*` matches any text); with `checks`, a table name. */
  selector?: string;
  /** Run the tables' data-quality checks against a target instead of the unit tests. */
  checks?: boolean;
  /** Target of the checks (default: the project's default target). */
  target?: string;
  /** yyyy-MM-dd: the day freshness checks judge (default: now). */
  date?: string;
  /** Seconds one unit test's job may run. */
  timeoutSeconds?: number;
  /** Unit tests run at once (default: the machine's cores). */
  parallel?: number;
  env?: Record<string, string | undefined>;
  now?: Date;
}

export interface TestRunResult {
  /** `unit` for tests/*.yaml, `checks` for data-quality checks. */
  kind: 'unit' | 'checks';
  tests: UnitTestResult[];
  checks: DataCheckResult[];
  passed: number;
  failed: number;
  /** Tests or checks that could not run. */
  errors: number;
  durationMs: number;
}

/**
 * `strata test`: the unit tests under tests/ (each on an in-memory database of its own in one
 * DuckDB instance, `parallel` at once, results in file order), or with `checks` the front-matter
 * data-quality checks against a target's data.
 */
export async function runTests(options: TestOptions): Promise<TestRunResult> {
  const started = Date.now();
  if (options.date !== undefined && !isCalendarDate(options.date)) {
    throw new StrataError('usage', `--date ${options.date}: not a valid date (expected yyyy-MM-dd)`);
  }
  const ws = await loadWorkspace(options);
  const matches = selectorMatcher(options.selector);
  if (options.checks) {
    const select = (t: TableInfo) => matches([t.name, t.name.slice(t.name.indexOf('.') + 1)]);
    const checks = await runDataChecks(ws, { target: options.target, date: options.date, now: options.now, env: options.env, select });
    if (options.selector !== undefined && checks.length === 0) throw nothingSelected(options.selector, 'tables with checks');
    return summary('checks', [], checks, started);
  }
  const files = (await walk(ws.project.root, ws.project.config.paths.tests, ['.yaml', '.yml'])).filter((f) => matches([f, path.posix.basename(f).replace(/\.ya?ml$/, '')]) || matchesJob(ws, f, matches));
  if (options.selector !== undefined && files.length === 0) throw nothingSelected(options.selector, 'tests');
  const context = new UnitTestContext(ws, (options.timeoutSeconds ?? DEFAULT_TEST_TIMEOUT_SECONDS) * 1000);
  try {
    const tests = await mapBounded(files, options.parallel ?? os.availableParallelism(), (file) => testFile(ws, file, context));
    return summary('unit', tests, [], started);
  } finally {
    await context.close();
  }
}

async function testFile(ws: Workspace, file: string, context: UnitTestContext): Promise<UnitTestResult> {
  const read = await readText(path.join(ws.project.root, file));
  const loaded = read.problem === undefined ? loadUnitTest(ws, file, read.text) : undefined;
  if (loaded?.test) return runUnitTest(ws, loaded.test, context);
  const start = { line: 0, character: 0 };
  const problems = loaded?.problems ?? [{ file, start, end: start, severity: 'error' as const, code: 'test-file', message: `cannot read the file (${read.problem})` }];
  return { file, job: loaded?.job, status: 'error', durationMs: 0, tables: [], problems, warnings: [] };
}

/** The job a test file names, from the loaded project (malformed files name none). */
function matchesJob(ws: Workspace, file: string, matches: (names: string[]) => boolean): boolean {
  const job = ws.project.tests.find((t) => t.path === file)?.data.job;
  return job !== undefined && matches([job]);
}

/** Whether any of the names matches the selector; everything matches without one. */
function selectorMatcher(selector: string | undefined): (names: string[]) => boolean {
  if (selector === undefined) return () => true;
  const re = wildcard(selector);
  return (names) => names.some((n) => re.test(n));
}

function nothingSelected(selector: string, what: string): StrataError {
  return new StrataError('usage', `'${selector}' selects no ${what}; name a test file, a job or a table (* matches any text)`);
}

function summary(kind: TestRunResult['kind'], tests: UnitTestResult[], checks: DataCheckResult[], started: number): TestRunResult {
  const all = [...tests, ...checks];
  return {
    kind,
    tests,
    checks,
    passed: all.filter((t) => t.status === 'pass').length,
    failed: all.filter((t) => t.status === 'fail').length,
    errors: all.filter((t) => t.status === 'error').length,
    durationMs: Date.now() - started,
  };
}
