import { applyFixes } from '../lint/fixes';
import type { LintFinding } from '../lint/rule';

/** A file under `--fix`: its text and findings as read, and after the fix passes. */
export interface FixState {
  original: string;
  originalFindings: LintFinding[];
  text: string;
  findings: LintFinding[];
}

/**
 * Passes per run: one fix can make room for another (overlapping edits wait for the next pass),
 * and rules that undo each other would otherwise loop forever.
 */
export const MAX_FIX_PASSES = 10;

/** Lints changed texts (by key) in their context and returns the findings of each. */
export type Relint = (texts: Map<string, string>) => Promise<Map<string, LintFinding[]>>;

/**
 * Applies fixes and lints again until no text changes (at most `MAX_FIX_PASSES` passes); only
 * the texts the last pass changed are linted again, in one `relint` call per pass.
 */
export async function fixUntilStable(first: Map<string, { text: string; findings: LintFinding[] }>, relint: Relint): Promise<Map<string, FixState>> {
  const states = new Map<string, FixState>();
  for (const [key, f] of first) states.set(key, { original: f.text, originalFindings: f.findings, text: f.text, findings: f.findings });
  let pending = [...states.keys()];
  for (let pass = 0; pass < MAX_FIX_PASSES && pending.length > 0; pass++) {
    const changed = new Map<string, string>();
    for (const key of pending) {
      const s = states.get(key) as FixState;
      const fixed = applyFixes(s.text, s.findings);
      if (fixed !== s.text) changed.set(key, fixed);
    }
    if (changed.size === 0) break;
    const found = await relint(changed);
    for (const [key, text] of changed) Object.assign(states.get(key) as FixState, { text, findings: found.get(key) ?? [] });
    pending = [...changed.keys()];
  }
  return states;
}

/** What `--fix` did to one file. */
export type FixOutcome = 'unchanged' | 'fixed' | 'unparsable';

/** `unparsable` when the fixed text has more statements that fail to parse than the original had. */
export function fixOutcome(state: FixState): FixOutcome {
  if (state.text === state.original) return 'unchanged';
  return parseErrors(state.findings) > parseErrors(state.originalFindings) ? 'unparsable' : 'fixed';
}

function parseErrors(findings: readonly LintFinding[]): number {
  return findings.filter((f) => f.code === 'parse-error').length;
}
