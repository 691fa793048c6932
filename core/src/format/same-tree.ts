import { tokenize } from '../sql';

/** Keys that say where a node is, not what it is. */
const POSITION_KEYS = new Set(['start', 'end']);

/** Spark/Hive storage clauses the AST keeps as source text (`ROW FORMAT ...`, `STORED AS ...`, `TABLESAMPLE (...)`). */
const CLAUSE_TEXT_KEYS = new Set(['storedAs', 'rowFormat', 'inputFormat', 'outputFormat', 'sample']);

/**
 * Whether two parsed statements mean the same: equal node kinds, names, literals, operators and
 * structure, positions ignored. Keyword spellings (also in clauses kept as text) the AST keeps as written (`TRUE`, `null`) compare
 * case-insensitively, since reformatting may change a keyword's case and nothing else.
 */
export function sameTree(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && sameArray(a, b);
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  if (x.kind === 'Literal' && (x.type === 'boolean' || x.type === 'null')) return x.type === y.type && sameKeyword(x.value, y.value);
  const keys = Object.keys(x).filter((k) => !POSITION_KEYS.has(k) && x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => !POSITION_KEYS.has(k) && y[k] !== undefined).length) return false;
  return keys.every((k) => (CLAUSE_TEXT_KEYS.has(k) ? sameClauseText(x[k], y[k]) : sameTree(x[k], y[k])));
}

/** Clause text kept as written: the same tokens, keywords in any case, whitespace aside. */
function sameClauseText(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const words = (text: string) =>
    tokenize(text, 'hive')
      .filter((t) => t.kind !== 'whitespace')
      .map((t) => (t.kind === 'word' ? text.slice(t.start, t.end).toUpperCase() : text.slice(t.start, t.end)));
  const x = words(a);
  const y = words(b);
  return x.length === y.length && x.every((w, i) => w === y[i]);
}

function sameArray(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => sameTree(v, b[i]));
}

function sameKeyword(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.toUpperCase() === b.toUpperCase();
}
