import type { TableInfo } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import { quoteIdentifier, type Engine } from '../engines';
import { StrataError } from '../errors';
import { resolveVariables } from '../project';
import type { UnitTestContext } from './test-context';
import { diffRows, isClean, type TableDiff } from './test-diff';
import { columnType, writableColumns } from './test-rows';
import type { SpecTable, UnitTest } from './test-spec';
import type { Workspace } from './workspace';

/** The outcome of one unit test. */
export interface UnitTestResult {
  /** The test file (project-relative). */
  file: string;
  job?: string;
  description?: string;
  /** pass: every expected table matches; fail: some differ; error: the test could not run. */
  status: 'pass' | 'fail' | 'error';
  durationMs: number;
  /** One diff per expected table (pass and fail). */
  tables: TableDiff[];
  /** Why the test could not run (status error), each with file:line:col. */
  problems: Diagnostic[];
  /** What the DuckDB run does not emulate that the job relies on (Flink state TTL, ...). */
  warnings: Diagnostic[];
}

/**
 * Runs one test on a fresh database of its own (`context.open()`): every catalog table the job
 * reads or writes is created empty (a table without `given` rows stays empty: a test shows all
 * its input), the `given` rows inserted, the job translated with the test's date and vars and run
 * statement by statement (each in one transaction), then each `expect` table read back and
 * compared. `context.timeoutMs` bounds the whole job; a job that runs longer is an error naming
 * the test file.
 */
export async function runUnitTest(ws: Workspace, test: UnitTest, context: UnitTestContext): Promise<UnitTestResult> {
  const timeoutMs = context.timeoutMs;
  const started = Date.now();
  let warnings: Diagnostic[] = [];
  const result = (status: UnitTestResult['status'], tables: TableDiff[], problems: Diagnostic[] = []): UnitTestResult => ({
    file: test.file, job: test.job.file.name, description: test.description, status, durationMs: Date.now() - started, tables, problems, warnings,
  });
  const vars = testVars(ws, test);
  if (typeof vars === 'string') return result('error', [], [at(test.file, vars)]);
  const translated = context.translate(test.job, vars);
  const untranslatable = translated.diagnostics.filter((d) => d.severity === 'error');
  warnings = translated.diagnostics.filter((d) => d.severity === 'warning');
  if (untranslatable.length > 0) return result('error', [], untranslatable);
  const engine = await context.open();
  try {
    await setUp(engine, test);
    for (const statement of translated.statements) {
      const left = timeoutMs - (Date.now() - started);
      const failed = await runStatement(engine, statement.sql, left, test);
      if (failed) return result('error', [], [{ ...failed, start: lineOf(test, statement.span.start), end: lineOf(test, statement.span.end) }]);
    }
    const tables = await Promise.all(test.expect.map((e) => compare(engine, e, test.ordered)));
    return result(tables.every(isClean) ? 'pass' : 'fail', tables);
  } finally {
    await engine.close();
  }
}

/** The job's variables as the test sets them (its date and vars win over --var and defaults), or why not. */
function testVars(ws: Workspace, test: UnitTest): Record<string, string> | string {
  const overrides = { ...ws.project.overrides, ...test.vars, ...(test.date ? { date: test.date } : {}) };
  try {
    return resolveVariables({ project: ws.project.config.vars, frontMatter: test.job.file.frontMatter?.data.vars, overrides });
  } catch (error) {
    if (!(error instanceof StrataError)) throw error;
    return error.message.replace(/^--var /, 'vars: ');
  }
}

async function setUp(engine: Engine, test: UnitTest): Promise<void> {
  await engine.createTables([...test.tables, ...test.temporary.values()]);
  for (const given of test.given) {
    const columns = [...new Set(given.rows.flatMap((r) => [...r.values.keys()]))];
    if (given.rows.length === 0) continue;
    await engine.insertRows(given.table.name, columns, given.rows.map((r) => columns.map((c) => r.values.get(c) ?? null)));
  }
}

/** Runs one translated statement in a transaction; a failure as a diagnostic without its place yet. */
async function runStatement(engine: Engine, sql: string[], timeoutMs: number, test: UnitTest): Promise<Diagnostic | undefined> {
  try {
    if (sql.length === 0) return undefined;
    if (timeoutMs <= 0) throw new StrataError('timeout', 'out of time');
    await engine.executeInTransaction(sql, { timeoutMs });
    return undefined;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const timedOut = error instanceof StrataError && (error.code as string) === 'timeout';
    const message = timedOut
      ? `${test.file}: the job did not finish within the test timeout on DuckDB; look for a join or loop that never ends, or raise --timeout`
      : `${test.file}: DuckDB failed on this statement: ${error.message.split('\n')[0]}`;
    return { file: test.job.file.path, start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, severity: 'error', code: timedOut ? 'test-timeout' : 'test-run', message };
  }
}

function lineOf(test: UnitTest, offset: number) {
  return test.job.lines.position(offset);
}

async function compare(engine: Engine, expect: SpecTable, ordered: boolean): Promise<TableDiff> {
  const columns = writableColumns(expect.table).map((c) => ({ name: c.name, type: columnType(c) }));
  const actual = await engine.query(`SELECT ${columns.map((c) => quoteIdentifier(c.name)).join(', ')} FROM ${tableSql(expect.table)}`);
  return diffRows(expect.table.name, columns, expect.rows, actual.rows, ordered);
}

/** `db.t` as DuckDB's schema-qualified, quoted name. */
function tableSql(table: TableInfo): string {
  return table.name.split('.').map(quoteIdentifier).join('.');
}

function at(file: string, message: string): Diagnostic {
  const start = { line: 0, character: 0 };
  return { file, start, end: start, severity: 'error', code: 'test-file', message };
}
