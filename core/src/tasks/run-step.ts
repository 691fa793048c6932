import type { Engine } from '../engines';
import { duckDbTableName, quoteIdentifier } from '../engines';
import { StrataError } from '../errors';
import type { PlannedStep, StepWrite } from './run-plan';
import { checkQueries } from './test-checks';
import { runTableChecks, type DataCheckResult } from './test-checks-run';
import type { Workspace } from './workspace';

/** How one (job, date) went. */
export type StepStatus = 'success' | 'failed' | 'check-failed' | 'skipped' | 'planned';

export interface StepOutcome {
  status: StepStatus;
  /** Rows in the partitions it wrote, after it ran. */
  rows?: number;
  attempts: number;
  /** Why it failed or was skipped; one line. */
  message?: string;
  /** The data-quality checks of the tables it wrote, on the partitions it wrote. */
  checks: DataCheckResult[];
}

/**
 * Runs one step on `engine`: all its translated statements in one transaction (a failure leaves
 * the target as it was; an INSERT OVERWRITE deletes and re-inserts its partition, so a re-run
 * writes the same rows), tried again up to `step.retries` times, the front-matter `timeout` bounding
 * each attempt; then the checks of every table it wrote, limited to the partition written.
 */
export async function runStep(ws: Workspace, engine: Engine, step: PlannedStep): Promise<StepOutcome> {
  let failure = '';
  for (let attempt = 1; attempt <= step.retries + 1; attempt++) {
    try {
      await attemptStep(engine, step);
      const rows = await writtenRows(engine, step.writes);
      const checks = await stepChecks(ws, engine, step);
      const bad = checks.filter((c) => c.status !== 'pass');
      if (bad.length === 0) return { status: 'success', rows, attempts: attempt, checks };
      const message = bad.map((c) => `${c.table} ${c.name}: ${c.status === 'fail' ? `${c.failing} failing row${c.failing === 1 ? '' : 's'}` : c.message}`).join('; ');
      return { status: 'check-failed', rows, attempts: attempt, message: `check failed: ${message}`, checks };
    } catch (e) {
      if (!(e instanceof StrataError) || (e.code !== 'engine' && e.code !== 'timeout')) throw e;
      failure = `DuckDB: ${e.message}`;
    }
  }
  return { status: 'failed', attempts: step.retries + 1, message: failure, checks: [] };
}

async function attemptStep(engine: Engine, step: PlannedStep): Promise<void> {
  const started = Date.now();
  const budget = step.timeoutSeconds === undefined ? undefined : step.timeoutSeconds * 1000;
  await engine.transaction(async () => {
    for (const statement of step.statements) {
      for (const sql of statement.sql) {
        const left = budget === undefined ? undefined : Math.max(1, budget - (Date.now() - started));
        await engine.execute(sql, { timeoutMs: left });
      }
    }
  });
}

/** Rows now in the written partitions (static partition values; a dynamic column matches any value). */
async function writtenRows(engine: Engine, writes: StepWrite[]): Promise<number> {
  let total = 0;
  for (const w of writes) {
    const where = partitionCondition(w, quoteIdentifier, (v) => `'${v.replace(/'/g, "''")}'`);
    total += Number((await engine.query(`SELECT count(*) FROM ${duckDbTableName(w.table)}${where ? ` WHERE ${where}` : ''}`)).rows[0][0]);
  }
  return total;
}

/** The written tables' front-matter checks, each on the partition the step wrote. */
async function stepChecks(ws: Workspace, engine: Engine, step: PlannedStep): Promise<DataCheckResult[]> {
  const reference = new Date(`${step.date}T00:00:00`);
  reference.setDate(reference.getDate() + 1);
  const results: DataCheckResult[] = [];
  for (const write of step.writes) {
    const table = ws.catalog.get(write.table);
    const wf = table?.file ? ws.files.find((f) => f.file.path === table.file) : undefined;
    const checks = wf?.file.frontMatter?.data.checks;
    if (!table || !wf || !Array.isArray(checks)) continue;
    const scope = partitionCondition(write, (c) => `\`${c.replace(/`/g, '``')}\``, (v) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
    const queries = checkQueries(table, checks, reference, scope);
    results.push(...(await runTableChecks(ws, engine, wf, table, queries, step.vars)));
  }
  return results;
}

/** `p_date = '2026-11-25'` for the static values of a written partition (in the SQL `quote` and `literal` write), or undefined. */
function partitionCondition(write: StepWrite, quote: (column: string) => string, literal: (value: string) => string): string | undefined {
  const fixed = Object.entries(write.partition ?? {}).filter((e): e is [string, string] => e[1] !== null);
  return fixed.length === 0 ? undefined : fixed.map(([c, v]) => `${quote(c)} = ${literal(v)}`).join(' AND ');
}
