import type { Catalog } from './catalog';

/**
 * The known table nearest to a misspelt name, or undefined when none is close enough to be a
 * typo. Bare table names are compared (so the right table in the wrong database is found too;
 * a table in the written database wins a tie), in order of increasing length difference. The
 * length difference and the letter counts bound the edit distance from below, so on a
 * 10,000-table catalog few names reach the (banded) edit distance at all.
 */
export function suggestTable(catalog: Catalog, name: string): string | undefined {
  const parts = name.toLowerCase().split('.');
  const bare = parts[parts.length - 1];
  const target: Target = { bare, database: parts.length > 1 ? parts[parts.length - 2] : undefined, letters: letterCounts(bare) };
  // At most a third of the name may be wrong (one edit of a short one). Most typos are an
  // edit or two: a first search that only accepts those prunes far harder, and when it finds
  // nothing no candidate scores below its bound, so the wide search after it stays exact.
  const widest = Math.max(1, Math.floor(bare.length / 3)) + 1;
  return nearest(catalog, target, Math.min(widest, QUICK_BOUND)) ?? (widest > QUICK_BOUND ? nearest(catalog, target, widest) : undefined);
}

const QUICK_BOUND = 3;

interface Target {
  bare: string;
  database?: string;
  letters: Int32Array;
}

/**
 * The best-scoring table with a score below `bound` (edits of the bare name, plus one for another
 * database). A tie goes to the first name in order, not in catalog order: a patched catalog (the
 * editor's) lists names in another order than a rebuilt one, and both must suggest the same.
 */
function nearest(catalog: Catalog, target: Target, bound: number): string | undefined {
  const { bare, database, letters } = target;
  let best: string | undefined;
  let bestScore = bound;
  // Candidates must score below `cap`: `bound` until a table is found, then one above its score (a tie may still win).
  const cap = () => (best === undefined ? bound : bestScore + 1);
  for (let delta = 0; Math.abs(delta) < cap(); delta = delta > 0 ? -delta : 1 - delta) {
    for (const names of catalog.bareNamesOfLength(bare.length + delta)) {
      for (const candidate of names) {
        const limit = cap();
        if (lettersApart(letters, bare.length, candidate) >= limit) continue;
        const distance = boundedDistance(bare, candidate, limit - 1);
        // Replacing every letter of a one- or two-letter name is no typo.
        if (distance >= limit || distance >= bare.length) continue;
        for (const table of catalog.withBareName(candidate)) {
          const score = distance + (database !== undefined && databaseOf(table.name) !== database ? 1 : 0);
          if (score < bestScore || (best !== undefined && score === bestScore && table.name < best)) {
            best = table.name;
            bestScore = score;
          }
        }
      }
    }
  }
  return best;
}

const BUCKETS = 64;

function letterCounts(text: string): Int32Array {
  const counts = new Int32Array(BUCKETS);
  for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i) % BUCKETS]++;
  return counts;
}

/**
 * A cheap lower bound of the edit distance: one edit changes the letter counts by at most 2 in
 * total. (Letters sharing a bucket only make the bound lower, never wrong.)
 */
function lettersApart(letters: Int32Array, length: number, candidate: string): number {
  // Sum of |count difference| kept up to date while taking the candidate's letters away, then
  // the counts are put back: two passes over the candidate, none over the buckets.
  let total = length;
  for (let i = 0; i < candidate.length; i++) total += letters[candidate.charCodeAt(i) % BUCKETS]-- > 0 ? -1 : 1;
  for (let i = 0; i < candidate.length; i++) letters[candidate.charCodeAt(i) % BUCKETS]++;
  return Math.ceil(total / 2);
}

function databaseOf(table: string): string | undefined {
  const parts = table.split('.');
  return parts.length > 1 ? parts[parts.length - 2] : undefined;
}

/**
 * Levenshtein distance of `a` and `b` when it is at most `cap`, else `cap + 1`. Only the band
 * of cells within `cap` of the diagonal can stay within `cap`, so only that band is computed.
 */
export function boundedDistance(a: string, b: string, cap: number): number {
  const over = cap + 1;
  if (Math.abs(a.length - b.length) > cap) return over;
  let prev = new Int32Array(b.length + 1).fill(over);
  let row = new Int32Array(b.length + 1).fill(over);
  for (let j = 0; j <= Math.min(cap, b.length); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - cap);
    const to = Math.min(b.length, i + cap);
    // Cells left of the band stay `over`; the one right of it may hold a value from two rows up.
    row[0] = Math.min(i, over);
    if (from > 1) row[from - 1] = over;
    if (to < b.length) row[to + 1] = over;
    let rowMin = row[0];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost, over);
      if (row[j] < rowMin) rowMin = row[j];
    }
    if (rowMin > cap) return over;
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}
