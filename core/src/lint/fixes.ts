import { LineIndex } from '../text/line-index';
import type { LintFinding, TextEdit } from './rule';

/**
 * Applies the fixes of `findings` to `text`. Edits are taken in document order; an edit that
 * overlaps one already taken is skipped (a later run picks it up), so the result is well defined.
 * A finding's edits are taken all or none.
 */
export function applyFixes(text: string, findings: readonly LintFinding[]): string {
  const index = new LineIndex(text);
  const groups = findings
    .filter((f) => f.fix && f.fix.length > 0)
    .map((f) => (f.fix as TextEdit[]).map((e) => ({ start: index.offset(e.range.start), end: index.offset(e.range.end), newText: e.newText })).sort((a, b) => a.start - b.start))
    .sort((a, b) => a[0].start - b[0].start);
  const taken: { start: number; end: number; newText: string }[] = [];
  for (const group of groups) {
    if (group.every((e) => !taken.some((t) => overlaps(t, e)))) taken.push(...group);
  }
  taken.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Touching edits overlap when both are insertions at the same point, whose order would be arbitrary. */
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}
