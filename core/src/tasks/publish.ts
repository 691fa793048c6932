import * as path from 'node:path';
import { StrataError } from '../errors';
import { applyPlan, type FaultHook } from '../publish/apply';
import { projectFingerprint } from '../publish/compute-plan';
import { describeChange } from '../publish/describe';
import { currentOwner } from '../publish/lock-file';
import { checkSavedPlan, loadPlan } from '../publish/plan-file';
import type { Plan, PlanStep } from '../publish/plan-types';
import type { StateStore, TargetState } from '../publish/state';
import { openTarget } from '../publish/target';
import { planTarget, projectForTarget, type TargetTaskOptions } from './publish-project';

export interface PublishOptions extends TargetTaskOptions {
  /** Apply this saved plan (`strata plan --out`, relative to `cwd`) instead of planning now. */
  planFile?: string;
  /** Apply breaking changes (drops, retypes, rebuilds); without it a plan holding one is refused whole. */
  allowDestructive?: boolean;
  /** Restart a streaming job whose change does not fit its savepoint without its state; without it such a plan is refused whole. */
  allowStateReset?: boolean;
  /** Wait for another publish of the target to finish instead of failing. */
  wait?: boolean;
  /** Asked once the plan is known, before anything is applied; false applies nothing. */
  confirm?: (plan: Plan) => Promise<boolean>;
  /** Each step as it is applied (or skipped: already in the journal). */
  onStep?: (step: PlanStep, status: 'applied' | 'skipped') => void;
  /** Tests: stop after a step (see `FaultHook`). */
  fault?: FaultHook;
}

export interface PublishResult {
  target: string;
  status: 'up-to-date' | 'applied' | 'declined';
  plan: Plan;
  applied: number;
  skipped: number;
}

/**
 * `strata publish`: plans (or takes a saved plan, checked against the project and the target's
 * state), refuses breaking changes without `allowDestructive`, asks `confirm`, then applies the
 * steps in order under the target's lock, each recorded in the target's state and journal only
 * once the engine has done it. With nothing to do it changes nothing.
 */
export async function publish(options: PublishOptions): Promise<PublishResult> {
  const { ws, root, target, desired } = await projectForTarget(options);
  const saved = options.planFile === undefined ? undefined : loadPlan(path.resolve(options.cwd, options.planFile), options.planFile);
  const owner = currentOwner('strata publish');
  const opened = await openTarget({ root, config: ws.project.config, name: target, owner, wait: options.wait, create: true });
  try {
    const state = await opened.state.read();
    const plan = saved === undefined
      ? planTarget(ws, root, target, desired, state)
      : await checkedPlan(saved, options.planFile!, { target, project: projectFingerprint(desired), state, store: opened.state });
    const done = new Set((await opened.state.journal(plan.id)).map((e) => e.step));
    const result: PublishResult = { target, status: 'up-to-date', plan, applied: 0, skipped: 0 };
    if (plan.steps.every((s) => done.has(s.n))) return result;
    refuseBreaking(plan, target, options.allowDestructive === true);
    refuseStateReset(plan, target, options.allowStateReset === true);
    if (options.confirm && !(await options.confirm(plan))) return { ...result, status: 'declined' };
    const counts = await applyPlan(plan, {
      engine: opened.engine, state: opened.state, current: state, root, target, by: `${owner.user}@${owner.host}`, onStep: options.onStep, fault: options.fault,
    });
    return { ...result, status: 'applied', ...counts };
  } finally {
    await opened.close();
  }
}

/** A state-incompatible restart loses the job's state: only with `allowStateReset`. */
function refuseStateReset(plan: Plan, target: string, allowed: boolean): void {
  const resets = plan.changes.flatMap((c) => (c.kind === 'change-job' && c.streaming?.verdict === 'state-incompatible' ? [`job ${c.job} cannot restart from its savepoint: ${c.streaming.reason}`] : []));
  if (allowed || resets.length === 0) return;
  const listed = resets.join('; ');
  throw new StrataError('usage', `target '${target}': ${listed}; nothing was applied: publish with --allow-state-reset to restart ${resets.length === 1 ? 'it' : 'them'} without state`);
}

async function checkedPlan(plan: Plan, file: string, current: { target: string; project: string; state: TargetState; store: StateStore }): Promise<Plan> {
  checkSavedPlan(plan, file, { ...current, journal: await current.store.journal(plan.id) });
  return plan;
}

function refuseBreaking(plan: Plan, target: string, allowed: boolean): void {
  const breaking = plan.changes.filter((c) => c.breaking);
  if (allowed || breaking.length === 0) return;
  const listed = breaking.map(describeChange).join('; ');
  throw new StrataError('usage', `target '${target}': the plan has ${breaking.length} breaking change${breaking.length === 1 ? '' : 's'} (${listed}); nothing was applied: review the impact with strata plan, then publish with --allow-destructive`);
}

