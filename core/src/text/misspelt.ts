/**
 * The keyword that `word` (upper-cased) misspells, if any: one edit away (two for words of six
 * letters or more), where swapping two neighbouring letters counts as one edit (`FORM` -> `FROM`).
 * Words shorter than `minLength` letters, exact keywords and their plurals (`orders`, a table
 * name, is not `ORDER`) are never misspellings.
 */
export function misspeltKeyword(word: string, keywords: Iterable<string>, minLength = 3): string | undefined {
  if (word.length < minLength) return undefined;
  const limit = word.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const k of keywords) {
    if (k === word || word === `${k}S`) return undefined;
    if (Math.abs(k.length - word.length) > limit) continue;
    const d = swapDistance(word, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal-string-alignment distance: Levenshtein plus the swap of two neighbouring characters. */
function swapDistance(a: string, b: string): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, prev2[j - 2] + 1);
      row[j] = d;
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}
