import { resolveTarget } from '../project';
import { StoredArtefacts } from '../publish/artefact-memo';
import { addImpact } from '../publish/impact';
import { computePlan } from '../publish/compute-plan';
import { desiredState } from '../publish/definition';
import { StoredDefinitions } from '../publish/definition-memo';
import type { Desired, Plan } from '../publish/plan-types';
import { schedulerStep, type ArtefactMemo } from '../publish/scheduler-step';
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

/** The project as `strata plan` and `strata publish` see it for one target. */
export interface ProjectForTarget {
  ws: Workspace;
  root: string;
  target: string;
  desired: Desired;
  /** The scheduler artefacts remembered in the analysis cache (none without it). */
  artefacts?: ArtefactMemo;
}

/**
 * The project loaded (through the analysis cache unless `cache` is false), the target named and
 * what it should hold; definition hashes and the publish order come from the cache when their
 * inputs are unchanged (`publish/definition-memo.ts`).
 */
export async function projectForTarget(options: TargetTaskOptions): Promise<ProjectForTarget> {
  const root = resolveProjectRoot(options);
  const cache = options.cache === false ? undefined : new WorkspaceCache(root, { ...options, project: root });
  const ws = cache ? await cache.load() : await loadWorkspace({ ...options, project: root });
  const target = options.target ?? ws.project.config.defaultTarget;
  const config = resolveTarget(ws.project.config, target, process.env);
  const memo = cache && new StoredDefinitions(root, ws, cache, config);
  const remembered = memo?.desired();
  const base = remembered ?? desiredState(ws, config, memo);
  const desired = config.engine === 'flink' ? streamingDesired(ws, base) : base;
  // Saved once the jobs are analysed (desiredState reads them); the DAG with depends_on is not needed.
  cache?.save();
  if (!remembered) memo?.save(base);
  return { ws, root, target, desired, ...(cache ? { artefacts: new StoredArtefacts(root, ws, cache, target) } : {}) };
}

/** The plan taking `target` from `state` to `desired`: a streaming target's jobs (each changed one classified), else tables, jobs and scheduler artefacts. */
export function planTarget(project: ProjectForTarget, state: TargetState): Plan {
  const { ws, target, desired } = project;
  if (resolveTarget(ws.project.config, target, process.env).engine === 'flink') return computeStreamingPlan(target, desired, state, { catalog: ws.catalog });
  return computePlan(target, desired, state, (changes) => addImpact(ws, changes, state), extraSteps(project));
}

/** The steps after the table and job steps: the target's scheduler artefacts when they changed. */
export function extraSteps(project: ProjectForTarget): StepDraft[] {
  const { ws, root, target, artefacts } = project;
  const step = schedulerStep(ws, root, target, resolveTarget(ws.project.config, target, process.env), artefacts);
  return step ? [step] : [];
}
