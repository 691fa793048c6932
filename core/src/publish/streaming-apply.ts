import type { Engine, FlinkStreaming } from '../engines';
import { StrataError } from '../errors';
import type { StepContext, StepOutcome } from './apply';
import type { PlanStep } from './plan-types';

/**
 * `stop-job`: stops the job's running Flink job — the id its handle records, else one RUNNING
 * under its pipeline name (restarted by hand) — taking a savepoint when the step says so; the
 * handle then names it. A job that no longer runs is not stopped again; but a restart needs its
 * savepoint, which strata cannot know then: refused in one line rather than run from no state.
 */
export async function stopJob(ctx: StepContext, step: PlanStep): Promise<StepOutcome> {
  const handle = ctx.handle?.(step.job!) ?? {};
  const flink = streaming(ctx.engine);
  const jobs = (await flink.listJobs()).filter((j) => j.status === 'RUNNING');
  const job = jobs.find((j) => j.id === handle.jobId) ?? jobs.find((j) => j.name === step.pipeline);
  if (!job) {
    if (!step.savepoint) return { handle };
    throw new StrataError('engine', `job ${step.job} (Flink job ${handle.jobId ?? 'never submitted'}) is not running and strata holds no savepoint of it; submit it from its latest savepoint by hand (pipeline name '${step.pipeline}'), then publish again`);
  }
  if (!step.savepoint) {
    await flink.stopJob(job.id);
    return { handle: { ...handle, jobId: job.id } };
  }
  return { handle: { jobId: job.id, savepoint: await flink.stopWithSavepoint(job.id) } };
}

/**
 * `submit-job`: submits the job (from the savepoint its stop step recorded, when the step says
 * so) and records the new job id. A job of the same pipeline name already RUNNING was submitted
 * by this step before its record was lost (a publish cut off after the engine answered): it is
 * kept, not submitted twice.
 */
export async function submitJob(ctx: StepContext, step: PlanStep): Promise<StepOutcome> {
  const flink = streaming(ctx.engine);
  const before = ctx.handle?.(step.job!) ?? {};
  const savepoint = step.savepoint ? before.savepoint : undefined;
  if (step.savepoint && !savepoint) throw new StrataError('internal', `job ${step.job}: no savepoint was recorded by the step that stopped it; run strata plan again`);
  const running = (await flink.listJobs()).find((j) => j.name === step.pipeline && j.status === 'RUNNING');
  const jobId = running?.id ?? (await flink.submitJob(step.statements!, savepoint ? { savepoint } : {}));
  return { handle: { jobId, ...(savepoint ? { savepoint } : {}) } };
}

/** The target's engine as a Flink SQL Gateway: only a streaming target plans these steps. */
function streaming(engine: Engine): FlinkStreaming {
  if (!engine.capabilities.streaming || !('submitJob' in engine)) throw new StrataError('internal', `a streaming job step reached a ${engine.name} target; run strata plan again`);
  return engine as Engine & FlinkStreaming;
}
