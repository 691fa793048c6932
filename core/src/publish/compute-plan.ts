import { sha256 } from './definition';
import { diffState } from './diff';
import { Fingerprint } from './fingerprint';
import { PLAN_FORMAT, type Change, type Desired, type Plan } from './plan-types';
import type { TargetState } from './state';
import { planSteps, type StepDraft } from './steps';

/**
 * The plan taking `target` from `state` to `desired`. `impact` fills the downstream impact of the
 * breaking changes (it needs the project's column lineage; see `impact.ts`). `extra` steps, which
 * change no state rows (scheduler artefacts), come last.
 */
export function computePlan(target: string, desired: Desired, state: TargetState, impact: (changes: Change[]) => void = () => undefined, extra: StepDraft[] = []): Plan {
  const changes = diffState(desired, state);
  impact(changes);
  const fingerprint = Fingerprint.of(state);
  const base = fingerprint.toString();
  const planned = planSteps(changes, desired, state, fingerprint);
  const after = planned.at(-1)?.stateAfter ?? base;
  const steps = [...planned, ...extra.map((draft, i) => ({ n: planned.length + i + 1, ...draft, stateAfter: after }))];
  const id = sha256(JSON.stringify({ target, base, steps })).slice(0, 12);
  return { format: PLAN_FORMAT, id, target, project: projectFingerprint(desired), state: base, changes, steps, breaking: changes.filter((c) => c.breaking).length };
}

/** The project's definitions for a target, as one hash: a saved plan is applied only while it still matches. */
export function projectFingerprint(desired: Desired): string {
  const lines = [...[...desired.tables.values()].map((t) => `table ${t.name} ${t.hash}`), ...[...desired.jobs.values()].map((j) => `job ${j.path} ${j.hash}`)];
  return sha256(lines.sort().join('\n'));
}
