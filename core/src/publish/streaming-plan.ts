import { PLAN_FORMAT, type Change, type Desired, type Plan, type PlannedJob, type PlanStep } from './plan-types';
import { projectFingerprint } from './compute-plan';
import { sha256 } from './definition';
import { diffState } from './diff';
import { Fingerprint, plannedJob } from './fingerprint';
import type { PublishedJob, TargetState } from './state';
import { classifyStreamingChange, type StreamingCompat, type StreamingCompatOptions } from './streaming-compat';
import { jobStatements } from './streaming-statements';
import type { StepDraft } from './steps';

/**
 * The plan for a streaming target (a Flink SQL Gateway): it holds the project's streaming jobs,
 * no tables. A new job is submitted; a removed one stopped; a changed one classified against the
 * SQL it was submitted with — restartable: stopped with a savepoint and submitted from it;
 * state-incompatible: stopped and submitted without state (publish asks for
 * `--allow-state-reset`); nothing that runs changed: its state row is updated only. A restart is
 * two steps, so a publish cut off after the stop resumes from the savepoint it recorded.
 */
export function computeStreamingPlan(target: string, desired: Desired, state: TargetState, options: StreamingCompatOptions = {}): Plan {
  const changes = diffState(desired, state);
  for (const change of changes) {
    if (change.kind === 'change-job') change.streaming = classifyJob(state.jobs[change.job], desired.jobs.get(change.job)!.definition!, options);
  }
  const ordered = [...changes.filter((c) => c.kind === 'remove-job'), ...changes.filter((c) => c.kind !== 'remove-job')];
  const drafts = ordered.flatMap((c) => stepsOf(c, desired, state));
  const fingerprint = Fingerprint.of(state);
  const base = fingerprint.toString();
  const steps: PlanStep[] = drafts.map((draft, i) => {
    for (const [job, row] of Object.entries(draft.jobs)) {
      const old = state.jobs[job];
      // Only a step changing the row's hash or version changes the fingerprint (a stop leaves the row as it was).
      if (old && row && old.version === row.version) continue;
      if (old) fingerprint.remove('job', old);
      if (row) fingerprint.add('job', row);
    }
    return { n: i + 1, ...draft, stateAfter: fingerprint.toString() };
  });
  const id = sha256(JSON.stringify({ target, base, steps })).slice(0, 12);
  return { format: PLAN_FORMAT, id, target, project: projectFingerprint(desired), state: base, changes, steps, breaking: 0 };
}

/** The verdict for a changed job; one published without its SQL cannot be told safe to restart. */
function classifyJob(published: PublishedJob, now: string, options: StreamingCompatOptions): StreamingCompat {
  if (published.definition === undefined) {
    return { verdict: 'state-incompatible', reason: 'the state holds no SQL of the running job, so whether its savepoint fits cannot be told', columns: [], lineage: [] };
  }
  return classifyStreamingChange(published.definition, now, options);
}

function stepsOf(change: Change, desired: Desired, state: TargetState): StepDraft[] {
  if (!('job' in change)) return [];
  const job = change.job;
  const published = state.jobs[job] && { ...plannedJob(state.jobs[job]), ...definitionOf(state.jobs[job]) };
  if (change.kind === 'remove-job') {
    return [{ action: 'stop-job', description: `stop job ${job} (no longer in the project)`, job, pipeline: pipelineOf(published!), savepoint: false, tables: {}, jobs: { [job]: null } }];
  }
  const want = desired.jobs.get(job)!;
  const row: PlannedJob = { ...want, version: (published?.version ?? 0) + 1 };
  const { statements, pipeline } = jobStatements(want.definition!, job);
  const submit = (description: string, savepoint: boolean): StepDraft => ({ action: 'submit-job', description, job, pipeline, statements, savepoint, tables: {}, jobs: { [job]: row } });
  if (change.kind === 'add-job') return [submit(`submit job ${job}`, false)];
  const verdict = change.streaming!.verdict;
  if (verdict === 'unchanged') return [{ action: 'register-job', description: `update job ${job} (nothing that runs changed)`, job, tables: {}, jobs: { [job]: row } }];
  const restart = verdict === 'restartable';
  const stop: StepDraft = {
    action: 'stop-job', description: restart ? `stop job ${job} with a savepoint` : `stop job ${job} (its state is reset)`, job, pipeline: pipelineOf(published!), savepoint: restart, tables: {}, jobs: { [job]: published! },
  };
  return [stop, submit(restart ? `restart job ${job} from its savepoint` : `restart job ${job} without its state`, restart)];
}

function definitionOf(row: PublishedJob): { definition?: string } {
  return row.definition === undefined ? {} : { definition: row.definition };
}

/** The pipeline name a published job runs under (from the SQL it was submitted with, else its file name). */
function pipelineOf(row: PlannedJob): string {
  return jobStatements(row.definition ?? '', row.path).pipeline;
}
