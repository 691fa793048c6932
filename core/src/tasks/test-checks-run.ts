import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TableInfo } from '../catalog';
import { openDuckDb, type Engine } from '../engines';
import { StrataError } from '../errors';
import { frontMatterRange, resolveTarget, resolveVariables } from '../project';
import type { Position } from '../text/line-index';
import { translateToDuckDb } from '../translate';
import { checkQueries, type CheckQuery } from './test-checks';
import { jsonSafe } from './test-diff';
import type { Workspace, WorkspaceFile } from './workspace';

/** Rows of a failing check shown in reports. */
export const CHECK_SAMPLE_ROWS = 5;

/** The outcome of one data-quality check. */
export interface DataCheckResult {
  table: string;
  /** The table file and where the check is declared in its front matter (0-based). */
  file: string;
  start: Position;
  name: string;
  /** error: the check could not run (untranslatable SQL, table missing from the target, ...). */
  status: 'pass' | 'fail' | 'error';
  /** Failing rows (0 when it passes). */
  failing: number;
  columns: string[];
  /** Up to {@link CHECK_SAMPLE_ROWS} failing rows. */
  sample: unknown[][];
  message?: string;
}

export interface DataCheckOptions {
  /** Target name (default: the project's default target). */
  target?: string;
  /** yyyy-MM-dd: freshness is judged at the end of that day; default: now. */
  date?: string;
  now?: Date;
  /** Only tables for which this returns true. */
  select?: (table: TableInfo) => boolean;
  env?: Record<string, string | undefined>;
}

/**
 * Runs the front-matter checks of every table (that `select` keeps) against a target's data,
 * opened read-only. Only DuckDB targets exist for now; a missing database file is a usage error
 * that says how to get one.
 */
export async function runDataChecks(ws: Workspace, options: DataCheckOptions = {}): Promise<DataCheckResult[]> {
  const name = options.target ?? ws.project.config.defaultTarget;
  const target = resolveTarget(ws.project.config, name, options.env);
  if (target.engine !== 'duckdb') {
    throw new StrataError('usage', `target '${name}' uses engine '${target.engine}': data-quality checks run on duckdb targets only (other engines are not supported yet)`);
  }
  const file = path.resolve(ws.project.root, target.path ?? path.join('.strata', 'local.duckdb'));
  if (!fs.existsSync(file)) {
    throw new StrataError('usage', `target '${name}' has no data yet: ${path.relative(ws.project.root, file) || file} does not exist; load or publish data into it before running checks`);
  }
  const reference = options.date ? new Date(`${options.date}T00:00:00`) : options.now ?? new Date();
  if (options.date) reference.setDate(reference.getDate() + 1);
  const engine = await openDuckDb({ attachReadOnly: [{ alias: 'target', path: file }] });
  try {
    await engine.execute('USE target');
    const present = await targetTables(engine);
    // A custom `sql` or `expression` check may name ${date} and project variables, as jobs do.
    const vars = resolveVariables({ project: ws.project.config.vars, overrides: { ...ws.project.overrides, ...(options.date ? { date: options.date } : {}) }, now: options.now });
    const results: DataCheckResult[] = [];
    for (const wf of ws.files) {
      const table = wf.file.kind === 'table' ? ws.catalog.get(tableNameOf(ws, wf.file.path) ?? '') : undefined;
      const checks = wf.file.frontMatter?.data.checks;
      if (!table || table.file !== wf.file.path || !Array.isArray(checks) || (options.select && !options.select(table))) continue;
      const queries = checkQueries(table, checks, reference);
      if (queries.length > 0 && !present.has(table.name)) {
        // One line for the table, not one per check: its data is simply not there.
        const message = `table ${table.name} is not in target '${name}'; publish or load it first (${queries.length} check${queries.length === 1 ? '' : 's'} not run)`;
        results.push({ table: table.name, file: wf.file.path, start: checkPosition(wf, queries[0].index), name: 'checks', status: 'error', failing: 0, columns: [], sample: [], message });
        continue;
      }
      results.push(...(await runTableChecks(ws, engine, wf, table, queries, vars)));
    }
    return results;
  } finally {
    await engine.close();
  }
}

/** Lower-case `schema.table` names of the target's tables. */
async function targetTables(engine: Engine): Promise<Set<string>> {
  const found = await engine.query("SELECT lower(table_schema || '.' || table_name) FROM information_schema.tables WHERE table_catalog = 'target'");
  return new Set(found.rows.map((r) => String(r[0])));
}

function tableNameOf(ws: Workspace, file: string): string | undefined {
  return ws.facts.get(file)?.table?.declared[0]?.name;
}

/** Runs one table's check queries on `engine` (the table resolvable by its name there), in order. */
export async function runTableChecks(ws: Workspace, engine: Engine, wf: WorkspaceFile, table: TableInfo, queries: CheckQuery[], vars: Record<string, string>): Promise<DataCheckResult[]> {
  const results: DataCheckResult[] = [];
  for (const query of queries) {
    const base = { table: table.name, file: wf.file.path, start: checkPosition(wf, query.index), name: query.name };
    results.push({ ...base, ...(await runCheck(ws, engine, table, query, vars)) });
  }
  return results;
}

/** Where the `index`-th check is declared in the table file's front matter. */
function checkPosition(wf: WorkspaceFile, index: number): Position {
  return wf.lines.position(frontMatterRange(wf.file.text, wf.file.frontMatter!, ['checks', String(index)]).start);
}

type Outcome = Pick<DataCheckResult, 'status' | 'failing' | 'columns' | 'sample' | 'message'>;

async function runCheck(ws: Workspace, engine: Engine, table: TableInfo, query: CheckQuery, vars: Record<string, string>): Promise<Outcome> {
  const none = { failing: 0, columns: [], sample: [] };
  const translated = translateToDuckDb({ text: query.sql, dialect: 'spark', file: table.file ?? table.name, catalog: ws.catalog, vars });
  const problem = translated.diagnostics.find((d) => d.severity === 'error');
  const sql = translated.statements.at(-1)?.sql.at(-1);
  if (problem || sql === undefined) return { ...none, status: 'error', message: `cannot run this check on DuckDB: ${problem?.message ?? 'no query'}` };
  try {
    const count = await engine.query(`SELECT COUNT(*) FROM (${sql}) AS failing`);
    const failing = Number(count.rows[0][0]);
    if (failing === 0) return { ...none, status: 'pass' };
    const sample = await engine.query(`SELECT * FROM (${sql}) AS failing LIMIT ${CHECK_SAMPLE_ROWS}`);
    return { status: 'fail', failing, columns: sample.columns.map((c) => c.name), sample: sample.rows.map((r) => r.map(jsonSafe)) };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    return { ...none, status: 'error', message: `the check failed to run: ${error.message.split('\n')[0]}` };
  }
}
