import { resolveTarget } from '../project';
import { addImpact } from '../publish/impact';
import { computePlan } from '../publish/compute-plan';
import { desiredState } from '../publish/definition';
import type { Desired, Plan } from '../publish/plan-types';
import { schedulerStep } from '../publish/scheduler-step';
import type { TargetState } from '../publish/state';
import type { StepDraft } from '../publish/steps';
import { computeStreamingPlan } from '../publish/streaming-plan';
import { WorkspaceCache } from './cached-workspace';
import { streamingDesired } from './streaming-desired';
import { loadWorkspace, resolveProjectRoot, type Workspace, type WorkspaceOptions } from './workspace';

/** Options shared by `strata plan` and `strata publish`. */
export interface TargetTaskOptions extends WorkspaceOptions {
  /** Default: the project's default target. */
  target?: string;
  /** Use the analysis cache under `.strata/cache/` (default true). */
  cache?: boolean;
}

/** The project loaded (through the analysis cache unless `cache` is false), the target named and what it should hold. */
export async function projectForTarget(options: TargetTaskOptions): Promise<{ ws: Workspace; root: string; target: string; desired: Desired }> {
  const root = resolveProjectRoot(options);
  const cache = options.cache === false ? undefined : new WorkspaceCache(root, { ...options, project: root });
  const ws = cache ? await cache.load() : await loadWorkspace({ ...options, project: root });
  const target = options.target ?? ws.project.config.defaultTarget;
  const config = resolveTarget(ws.project.config, target, process.env);
  const desired = config.engine === 'flink' ? streamingDesired(ws, desiredState(ws, config)) : desiredState(ws, config);
  // Saved once the jobs are analysed (desiredState reads them); the DAG with depends_on is not needed.
  cache?.save();
  return { ws, root, target, desired };
}

/** The plan taking `target` from `state` to `desired`: a streaming target's jobs (each changed one classified), else tables, jobs and scheduler artefacts. */
export function planTarget(ws: Workspace, root: string, target: string, desired: Desired, state: TargetState): Plan {
  if (resolveTarget(ws.project.config, target, process.env).engine === 'flink') return computeStreamingPlan(target, desired, state, { catalog: ws.catalog });
  return computePlan(target, desired, state, (changes) => addImpact(ws, changes, state), extraSteps(ws, root, target));
}

/** The steps after the table and job steps: the target's scheduler artefacts when they changed. */
export function extraSteps(ws: Workspace, root: string, target: string): StepDraft[] {
  const step = schedulerStep(ws, root, target, resolveTarget(ws.project.config, target, process.env));
  return step ? [step] : [];
}
