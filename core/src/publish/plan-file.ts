import * as fs from 'node:fs';
import { StrataError } from '../errors';
import { writeFileAtomic } from '../tasks/write-file-atomic';
import { Fingerprint } from './fingerprint';
import { PLAN_FORMAT, type Plan } from './plan-types';
import type { JournalEntry, TargetState } from './state';

/** Saves a plan as JSON (`strata plan --out plan.json`), whole or not at all. */
export function savePlan(plan: Plan, file: string, shown: string): void {
  writeFileAtomic(file, `${JSON.stringify(plan, null, 2)}\n`, shown);
}

/** Reads a saved plan; a file that is not one of this format is a one-line usage error. */
export function loadPlan(file: string, shown: string): Plan {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new StrataError('usage', `cannot read plan '${shown}': ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let plan: Partial<Plan>;
  try {
    plan = JSON.parse(text) as Partial<Plan>;
  } catch {
    throw notAPlan(shown);
  }
  if (typeof plan !== 'object' || plan === null || !Array.isArray(plan.steps) || typeof plan.id !== 'string' || typeof plan.state !== 'string') throw notAPlan(shown);
  if (plan.format !== PLAN_FORMAT) {
    throw new StrataError('usage', `'${shown}' is a plan of format ${String(plan.format)}, this strata applies format ${PLAN_FORMAT}; run strata plan --out ${shown} again`);
  }
  return plan as Plan;
}

/**
 * Checks that a saved plan still applies: same target, same project definitions, and the target's
 * state as the plan left it after the steps its journal holds (none: as it was planned from).
 */
export function checkSavedPlan(plan: Plan, shown: string, current: { target: string; project: string; state: TargetState; journal: JournalEntry[] }): void {
  const again = `run strata plan --target ${current.target} --out ${shown} again`;
  if (plan.target !== current.target) throw new StrataError('usage', `'${shown}' is a plan for target '${plan.target}', not '${current.target}'; pass --target ${plan.target} or ${again}`);
  if (plan.project !== current.project) throw new StrataError('usage', `'${shown}' no longer matches the project (its tables or jobs changed since it was computed); ${again}`);
  const done = current.journal.length;
  const expected = done === 0 ? plan.state : plan.steps[done - 1]?.stateAfter;
  if (Fingerprint.of(current.state).toString() !== expected) {
    throw new StrataError('usage', `'${shown}' no longer matches target '${current.target}' (its state changed since the plan was computed); ${again}`);
  }
}

function notAPlan(shown: string): StrataError {
  return new StrataError('usage', `'${shown}' is not a strata plan (write one with strata plan --out ${shown})`);
}
