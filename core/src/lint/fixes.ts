import { LineIndex } from '../text/line-index';
import type { LintFinding, TextEdit } from './rule';

interface Edit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Applies the fixes of `findings` to `text`. Findings are taken in the order of their first edit;
 * one whose edits overlap an edit already taken is skipped (a later run picks it up), so the result
 * is well defined. A finding's edits are taken all or none.
 */
export function applyFixes(text: string, findings: readonly LintFinding[]): string {
  const index = new LineIndex(text);
  const groups = findings
    .filter((f) => f.fix && f.fix.length > 0)
    .map((f) => (f.fix as TextEdit[]).map((e) => ({ start: index.offset(e.range.start), end: index.offset(e.range.end), newText: e.newText })).sort((a, b) => a.start - b.start))
    .sort((a, b) => a[0].start - b[0].start);
  const taken: Edit[] = [];
  for (const group of groups) {
    if (group.every((e) => !clashes(taken, e))) for (const e of group) taken.splice(insertionPoint(taken, e.start), 0, e);
  }
  let out = '';
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Index of the first edit in sorted `edits` that starts after `start`. */
function insertionPoint(edits: readonly Edit[], start: number): number {
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Taken edits are disjoint and sorted, so only the neighbours of `e` can overlap it. */
function clashes(taken: readonly Edit[], e: Edit): boolean {
  const i = insertionPoint(taken, e.start);
  return (i > 0 && overlaps(taken[i - 1], e)) || (i < taken.length && overlaps(taken[i], e));
}

/** Touching edits overlap when both are insertions at the same point, whose order would be arbitrary. */
function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}
