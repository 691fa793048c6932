import type { Engine } from '../engines';
import { StrataError } from '../errors';
import { resolveTarget } from '../project';
import { runDates } from './run-dates';
import { loadedWrites, loadTargets, RunLoads, type LoadResult, type LoadTarget } from './run-load';
import { planRun, type PlannedStep, type RunStep } from './run-plan';
import { runStep, type StepOutcome } from './run-step';
import { RunTarget, type SeedLoad } from './run-target';
import { loadWorkspace, type Workspace, type WorkspaceOptions } from './workspace';

export interface RunOptions extends WorkspaceOptions {
  /** dbt-style job selector (see `run-selector.ts`); default: every batch job. */
  selector?: string;
  date?: string;
  from?: string;
  to?: string;
  /** Default: the project's default target; a duckdb target. */
  target?: string;
  /** Independent jobs run at once (default 1). */
  parallel?: number;
  /** Overrides every job's front-matter `retries`. */
  retries?: number;
  /** Plan only: nothing is opened or run. */
  dryRun?: boolean;
  /** Serving targets (clickhouse) that get the partitions the run wrote, for the tables their `tables:` selectors pick. */
  load?: string[];
  /** Load source tables' seed rows for each date (default true). */
  seeds?: boolean;
  env?: Record<string, string | undefined>;
  /** Called once the steps are planned, before the first runs (progress). */
  onStart?: (total: number) => void;
  /** Called after each step ends (progress). */
  onStep?: (step: RunStepResult, done: number, total: number) => void;
}

/** One (job, date) of a run and how it went. */
export interface RunStepResult extends Omit<RunStep, 'retries' | 'timeoutSeconds'>, StepOutcome {
  seconds: number;
}

export interface RunResult {
  target: string;
  dates: string[];
  dryRun: boolean;
  steps: RunStepResult[];
  /** Seed rows loaded into source tables, per table and date. */
  seeds: SeedLoad[];
  /** Partitions loaded into the `--load` targets (`planned` with --dry-run). */
  loads: LoadResult[];
  succeeded: number;
  /** Steps that failed or whose checks failed. */
  failed: number;
  skipped: number;
  durationMs: number;
}

/**
 * `strata run`: the selected batch jobs for each date in order, in dependency order, on the
 * target's DuckDB file (see README.md). Jobs whose upstream did not succeed that date are skipped.
 */
export async function run(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const dates = runDates(options);
  const parallel = options.parallel ?? 1;
  if (!Number.isInteger(parallel) || parallel < 1) throw new StrataError('usage', `--parallel ${parallel}: give a whole number 1 or more`);
  const ws = await loadWorkspace(options);
  const targetName = options.target ?? ws.project.config.defaultTarget;
  resolveTarget(ws.project.config, targetName, options.env);
  const steps = planRun(ws, { selector: options.selector, dates, vars: options.vars, retries: options.retries });
  const loads = loadTargets(ws, options.load ?? [], steps.flatMap((s) => s.writes.map((w) => w.table)), options.env ?? {});
  const result: RunResult = { target: targetName, dates, dryRun: options.dryRun === true, steps: [], seeds: [], loads: [], succeeded: 0, failed: 0, skipped: 0, durationMs: 0 };
  if (options.dryRun) {
    result.steps = steps.map((s) => stepResult(s, { status: 'planned', attempts: 0, checks: [] }, 0));
    result.loads = plannedLoads(loads, steps);
  } else Object.assign(result, await runOnTarget(ws, steps, { name: targetName, loads }, parallel, options));
  result.succeeded = result.steps.filter((s) => s.status === 'success').length;
  result.failed = result.steps.filter((s) => s.status === 'failed' || s.status === 'check-failed').length;
  result.skipped = result.steps.filter((s) => s.status === 'skipped').length;
  result.durationMs = Date.now() - started;
  return result;
}

/** With --dry-run: what each step would load into each `--load` target. */
function plannedLoads(targets: LoadTarget[], steps: PlannedStep[]): LoadResult[] {
  return targets.flatMap((t) => steps.flatMap((s) => loadedWrites(t, s.writes).map((w): LoadResult => (
    { target: t.name, table: w.table, date: s.date, job: s.job, ...(w.partition ? { partition: w.partition } : {}), rows: 0, status: 'planned' }
  ))));
}

/**
 * Runs the planned steps date by date on the target: its tables checked first and the `--load`
 * targets opened, then per date the source tables' seed rows, the date's steps, and the loads of
 * what they wrote.
 */
async function runOnTarget(ws: Workspace, steps: PlannedStep[], on: { name: string; loads: LoadTarget[] }, parallel: number, options: RunOptions): Promise<Pick<RunResult, 'steps' | 'seeds' | 'loads'>> {
  const done: Pick<RunResult, 'steps' | 'seeds' | 'loads'> = { steps: [], seeds: [], loads: [] };
  const target = await RunTarget.open(ws, on.name, Math.min(parallel, Math.max(1, steps.length)), options.env ?? {});
  let loads: RunLoads | undefined;
  try {
    const tables = steps.flatMap((s) => [...s.reads.map((r) => r.table), ...s.writes.map((w) => w.table)]);
    await target.requireTables(tables.filter((t) => ws.catalog.get(t) && !ws.catalog.get(t)!.temporary));
    if (on.loads.length > 0) loads = await RunLoads.open(ws, on.loads, steps.flatMap((s) => s.writes.map((w) => w.table)));
    const sources = options.seeds === false ? [] : sourceTables(ws, steps);
    options.onStart?.(steps.length);
    let ended = 0;
    for (const date of [...new Set(steps.map((s) => s.date))]) {
      done.seeds.push(...(await target.loadSeeds(sources, date)));
      const ran = await runDate(ws, steps.filter((s) => s.date === date), target.engines, (r) => options.onStep?.(r, ++ended, steps.length));
      done.steps.push(...ran);
      if (loads) done.loads.push(...(await loads.load(target.engines[0], ran)));
    }
    return done;
  } finally {
    await loads?.close();
    await target.close();
  }
}

/** Tables the steps read that no job writes, sorted (those with a seed get its rows). */
function sourceTables(ws: Workspace, steps: PlannedStep[]): string[] {
  const sources = new Set(ws.graph.nodes.filter((n) => n.kind === 'table' && n.source).map((n) => n.name));
  return [...new Set(steps.flatMap((s) => s.reads.map((r) => r.table)))].filter((t) => sources.has(t)).sort();
}

/**
 * One date's steps: a step starts once its upstream succeeded, on a free connection (up to one
 * per engine at once); a step whose upstream failed, or was skipped, is skipped. Results in plan order.
 */
async function runDate(ws: Workspace, steps: PlannedStep[], engines: Engine[], ended: (r: RunStepResult) => void): Promise<RunStepResult[]> {
  const results = new Map<string, RunStepResult>();
  const waiting = [...steps];
  const free = [...engines];
  let active = 0;
  const finish = (r: RunStepResult) => {
    results.set(r.job, r);
    ended(r);
  };
  await new Promise<void>((resolve, reject) => {
    const pump = () => {
      skipBlocked(waiting, results, finish);
      for (const step of [...waiting]) {
        if (free.length === 0) break;
        if (!step.upstream.every((u) => results.get(u)?.status === 'success')) continue;
        waiting.splice(waiting.indexOf(step), 1);
        const engine = free.pop()!;
        active++;
        const began = Date.now();
        runStep(ws, engine, step).then((outcome) => {
          active--;
          free.push(engine);
          finish(stepResult(step, outcome, (Date.now() - began) / 1000));
          pump();
        }, reject);
      }
      if (active > 0) return;
      // Nothing runs and nothing can start: what is left waits on a cycle (strata check reports it).
      for (const step of waiting.splice(0)) finish(stepResult(step, { status: 'skipped', attempts: 0, checks: [], message: 'on a dependency cycle; see strata check' }, 0));
      resolve();
    };
    pump();
  });
  return steps.map((s) => results.get(s.job)!);
}

/** Skips, transitively, the waiting steps with an upstream that ended without success. */
function skipBlocked(waiting: PlannedStep[], results: Map<string, RunStepResult>, finish: (r: RunStepResult) => void): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const step of [...waiting]) {
      const blocker = step.upstream.find((u) => results.has(u) && results.get(u)!.status !== 'success');
      if (blocker === undefined) continue;
      waiting.splice(waiting.indexOf(step), 1);
      finish(stepResult(step, { status: 'skipped', attempts: 0, checks: [], message: `upstream ${blocker} ${results.get(blocker)!.status === 'skipped' ? 'was skipped' : 'did not succeed'}` }, 0));
      changed = true;
    }
  }
}

function stepResult(step: PlannedStep, outcome: StepOutcome, seconds: number): RunStepResult {
  return { job: step.job, file: step.file, date: step.date, upstream: step.upstream, reads: step.reads, writes: step.writes, ...outcome, seconds };
}
