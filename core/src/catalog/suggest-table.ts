import type { Catalog } from './catalog';

/**
 * The known table nearest to a misspelt name, or undefined when none is close enough to be a
 * typo. Bare table names are compared (so the right table in the wrong database is found too;
 * a table in the written database wins a tie), in order of increasing length difference: that
 * difference bounds the edit distance from below, so on a 10,000-table catalog only names of
 * about the same length are compared, and only inside a narrow band.
 */
export function suggestTable(catalog: Catalog, name: string): string | undefined {
  const parts = name.toLowerCase().split('.');
  const bare = parts[parts.length - 1];
  const database = parts.length > 1 ? parts[parts.length - 2] : undefined;
  const letters = letterCounts(bare);
  const scratch = new Int32Array(BUCKETS);
  let best: string | undefined;
  // Scores must stay below `bound`: at most a third of the name may be wrong (one edit of a short one).
  let bound = Math.max(1, Math.floor(bare.length / 3)) + 1;
  for (let delta = 0; Math.abs(delta) < bound; delta = delta > 0 ? -delta : 1 - delta) {
    for (const candidate of catalog.bareNamesOfLength(bare.length + delta)) {
      if (lettersApart(letters, candidate, scratch) >= bound) continue;
      const distance = boundedDistance(bare, candidate, bound - 1);
      // Replacing every letter of a one- or two-letter name is no typo.
      if (distance >= bound || distance >= bare.length) continue;
      for (const table of catalog.withBareName(candidate)) {
        const score = distance + (database !== undefined && databaseOf(table.name) !== database ? 1 : 0);
        if (score < bound) {
          best = table.name;
          bound = score;
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
function lettersApart(letters: Int32Array, candidate: string, diff: Int32Array): number {
  diff.set(letters);
  for (let i = 0; i < candidate.length; i++) diff[candidate.charCodeAt(i) % BUCKETS]--;
  let total = 0;
  for (let k = 0; k < BUCKETS; k++) total += Math.abs(diff[k]);
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
