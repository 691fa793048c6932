import { resolveTarget } from '../project';
import { desiredState } from '../publish/definition';
import type { Desired } from '../publish/plan-types';
import { schedulerStep } from '../publish/scheduler-step';
import type { StepDraft } from '../publish/steps';
import { WorkspaceCache } from './cached-workspace';
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
  const desired = desiredState(ws, config);
  // Saved once the jobs are analysed (desiredState reads them); the DAG with depends_on is not needed.
  cache?.save();
  return { ws, root, target, desired };
}

/** The steps after the table and job steps: the target's scheduler artefacts when they changed. */
export function extraSteps(ws: Workspace, root: string, target: string): StepDraft[] {
  const step = schedulerStep(ws, root, target, resolveTarget(ws.project.config, target, process.env));
  return step ? [step] : [];
}
