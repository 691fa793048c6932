import * as path from 'node:path';
import { currentOwner } from '../publish/lock-file';
import { savePlan } from '../publish/plan-file';
import type { Plan } from '../publish/plan-types';
import { openTarget } from '../publish/target';
import { planTarget, projectForTarget, type TargetTaskOptions } from './publish-project';

export interface PlanOptions extends TargetTaskOptions {
  /** Save the plan as JSON here (relative to `cwd`), for `strata publish --plan`. */
  out?: string;
}

export interface PlanResult extends Plan {
  upToDate: boolean;
}

/**
 * `strata plan`: the diff of the project against the target's state (read under the target's
 * lock, never written), each breaking change with its downstream impact, and the steps that
 * `strata publish` would apply. Nothing on the target changes; a target never published reads as empty.
 */
export async function plan(options: PlanOptions): Promise<PlanResult> {
  const { ws, root, target, desired } = await projectForTarget(options);
  const opened = await openTarget({ root, config: ws.project.config, name: target, owner: currentOwner('strata plan'), create: false });
  let result: Plan;
  try {
    const state = await opened.state.read();
    result = planTarget(ws, root, target, desired, state);
  } finally {
    await opened.close();
  }
  if (options.out !== undefined) savePlan(result, path.resolve(options.cwd, options.out), options.out);
  return { ...result, upToDate: result.steps.length === 0 };
}
