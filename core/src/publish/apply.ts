import type { TableInfo } from '../catalog';
import type { Engine } from '../engines';
import { StrataError } from '../errors';
import type { Plan, PlanStep, StepAction } from './plan-types';
import type { PublishedColumn, PublishedJob, PublishedTable, StateStore, TargetState } from './state';
import { writeScheduler } from './scheduler-step';
import { columnInfo } from './steps';
import { stopJob, submitJob } from './streaming-apply';

/** What an executor may touch: the target's engine and the project folder (for file artefacts). */
export interface StepContext {
  engine: Engine;
  root: string;
  target: string;
  /** A job's engine handle as the steps before left it (streaming targets: its Flink job id, last savepoint). */
  handle?: (job: string) => Record<string, string> | undefined;
}

/** What an executor reports back: a job's new engine handle, recorded with the step's job row. */
export interface StepOutcome {
  handle?: Record<string, string>;
}

/**
 * One executor per step action. Each is idempotent (a step re-run after a crash between the engine
 * and the state finds its work done): a new kind of step (e.g. writing scheduler artefacts) is one
 * entry here plus the step `steps.ts` plans for it.
 */
export const EXECUTORS: Record<StepAction, (ctx: StepContext, step: PlanStep) => Promise<void | StepOutcome>> = {
  'create-table': async ({ engine }, step) => {
    if ((await engine.tableColumns(step.table!)) === undefined) await engine.createTable(tableInfo(step.table!, step.columns!));
  },
  'alter-table': ({ engine }, step) => engine.alterTable(step.table!, step.alteration!),
  'recreate-table': async ({ engine }, step) => {
    await engine.dropTable(step.table!);
    await engine.createTable(tableInfo(step.table!, step.columns!));
  },
  'drop-table': ({ engine }, step) => engine.dropTable(step.table!),
  // A job is registered by its state row here; schedulers get it through their own artefact step.
  'register-job': async () => undefined,
  'remove-job': async () => undefined,
  'write-scheduler': async ({ root }, step) => writeScheduler(root, step.dir!, step.files!, step.remove!),
  'stop-job': stopJob,
  'submit-job': submitJob,
};

/** Where a test stops a publish: after step `n`'s engine work (inside its transaction), or after it is recorded. */
export type FaultHook = (n: number, phase: 'engine' | 'recorded') => void;

export interface ApplyOptions extends StepContext {
  state: StateStore;
  /** The state the plan applies to (engine handles of jobs are kept from it). */
  current: TargetState;
  /** `user@host` recorded with each step. */
  by: string;
  onStep?: (step: PlanStep, status: 'applied' | 'skipped') => void;
  fault?: FaultHook;
}

/**
 * Applies the plan's steps in order. Each step's engine work and its state rows plus journal entry
 * commit together where the engine runs DDL in transactions; elsewhere the rows are written only
 * after the engine confirms. Steps the journal already holds for this plan are skipped.
 */
export async function applyPlan(plan: Plan, options: ApplyOptions): Promise<{ applied: number; skipped: number }> {
  const done = new Set((await options.state.journal(plan.id)).map((e) => e.step));
  const handles = new Map(Object.values(options.current.jobs).map((j) => [j.path, j.handle]));
  let applied = 0;
  for (const step of plan.steps) {
    if (done.has(step.n)) {
      options.onStep?.(step, 'skipped');
      continue;
    }
    await applyStep(plan, step, { ...options, handle: (job) => handles.get(job) }, handles);
    options.fault?.(step.n, 'recorded');
    applied++;
    options.onStep?.(step, 'applied');
  }
  return { applied, skipped: done.size };
}

/** Applies one step; `handles` (each job's engine handle) takes the handle its executor reports, recorded with the step's rows. */
async function applyStep(plan: Plan, step: PlanStep, options: ApplyOptions, handles: Map<string, Record<string, string> | undefined>): Promise<void> {
  const at = new Date().toISOString();
  const work = async () => {
    const outcome = await EXECUTORS[step.action](options, step);
    for (const job of Object.keys(step.jobs)) if (outcome?.handle) handles.set(job, outcome.handle);
    options.fault?.(step.n, 'engine');
    await options.state.record({ plan: plan.id, step: step.n, description: step.description, by: options.by, at }, tableRows(step, options.by, at), jobRows(step, options.by, at, handles));
  };
  try {
    if (options.engine.capabilities.transactionalDdl) await options.engine.transaction(work);
    else await work();
  } catch (e) {
    if (!(e instanceof StrataError)) throw e;
    throw new StrataError(e.code, `step ${step.n} (${step.description}) failed: ${e.message}; the steps before it are applied and recorded, this one is not: fix the cause and publish again`, e.location);
  }
}

function tableRows(step: PlanStep, by: string, at: string): Record<string, PublishedTable | null> {
  return Object.fromEntries(Object.entries(step.tables).map(([name, row]) => [name, row && { ...row, by, at }]));
}

function jobRows(step: PlanStep, by: string, at: string, handles: Map<string, Record<string, string> | undefined>): Record<string, PublishedJob | null> {
  return Object.fromEntries(Object.entries(step.jobs).map(([path, row]) => {
    const handle = handles.get(path);
    return [path, row && { ...row, by, at, ...(handle ? { handle } : {}) }];
  }));
}

function tableInfo(name: string, columns: PublishedColumn[]): TableInfo {
  return { name, columns: columns.map(columnInfo), temporary: false, kind: 'table', options: {} };
}
