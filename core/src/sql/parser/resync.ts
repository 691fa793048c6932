import { STATEMENT_START } from './keywords';
import type { Parser } from './parser';

/** Words after which a statement keyword on a new line continues the statement (`UNION ALL\nSELECT`). */
const CONTINUES_AFTER = new Set(['UNION', 'ALL', 'DISTINCT', 'INTERSECT', 'EXCEPT', 'MINUS', 'AS', '(', 'THEN', 'EXPLAIN', 'EXTENDED', 'FORMATTED']);

/** Statement leads whose statement still needs a query (`INSERT INTO t\nSELECT`, `WITH a AS (...)\nSELECT`). */
const QUERY_LEADS = new Set(['INSERT', 'WITH', 'FROM', 'EXPLAIN']);

/** Clause keywords of ALTER TABLE and MERGE that are also statement keywords (`ALTER TABLE t\nADD COLUMNS`). */
const CLAUSE_LEADS = new Set(['ALTER', 'MERGE']);
const CLAUSE_WORDS = new Set(['SET', 'ADD', 'DROP', 'INSERT']);

/** What the tokens of the broken statement so far say about the statement keywords after them. */
interface StatementState {
  /** The statement's first keyword. */
  lead: string;
  /** Parenthesis depth from the statement's start. */
  depth: number;
  /** `CASE` nesting, so that its `END` is not taken for the end of a statement set. */
  cases: number;
  /** No query yet where the statement needs one. */
  wantsQuery: boolean;
  /** Hive multi-insert `FROM src INSERT ... SELECT ... INSERT ...`: INSERT on a new line continues it. */
  fromFirst: boolean;
}

/**
 * After an error, skips to where the next statement begins so one mistake yields one error: a `;`,
 * the `END` of the enclosing statement set, or a statement keyword that starts a line and cannot
 * continue the broken statement (not `UNION ALL\nSELECT`, not the query of `INSERT INTO t\nSELECT`,
 * not the INSERT or FROM-first body of a broken CTE list, not a subquery, not
 * `ALTER TABLE t\nADD COLUMNS`). Always moves past `first`, the statement's first token. Returns
 * the end of the last skipped token.
 */
export function resync(p: Parser, first: number, untilEnd: boolean): number {
  const lead = p.up[first];
  const state: StatementState = { lead, depth: 0, cases: 0, wantsQuery: QUERY_LEADS.has(lead), fromFirst: false };
  for (let i = first; i < p.pos; i++) track(state, p.up[i]);
  let end = p.lastEnd;
  for (;;) {
    const t = p.token();
    if (t.kind === 'eof') return end;
    if (p.pos > first && startsNext(p, state, untilEnd)) return end;
    track(state, p.up[p.pos]);
    p.next();
    end = t.end;
  }
}

function track(s: StatementState, w: string): void {
  if (w === '(') s.depth++;
  else if (w === ')' && s.depth > 0) s.depth--;
  else if (w === 'CASE') s.cases++;
  else if (w === 'END' && s.cases > 0) s.cases--;
  else if (s.depth > 0) return;
  else if (w === 'SELECT' || w === 'VALUES') s.wantsQuery = false;
  else if (w === 'INSERT') s.wantsQuery = true;
  else if (w === 'FROM' && s.wantsQuery) s.fromFirst = true;
}

/** True when the token at the cursor begins the next statement. */
function startsNext(p: Parser, s: StatementState, untilEnd: boolean): boolean {
  const w = p.up[p.pos];
  // A `;` cannot sit inside parentheses, so it ends the statement even after an unclosed `(`.
  if (w === ';') return true;
  if (untilEnd && w === 'END' && s.depth === 0 && s.cases === 0) return true;
  if (!p.startsLine(p.pos) || p.kindAt(p.pos) !== 'word' || !STATEMENT_START.has(w)) return false;
  if (CONTINUES_AFTER.has(p.up[p.pos - 1])) return false;
  if (w === 'SELECT') return s.depth === 0 && !s.wantsQuery && !s.fromFirst;
  if (w === 'WITH') return s.depth === 0 && !s.wantsQuery && startsCtes(p);
  if (w === 'INSERT' && s.fromFirst) return false;
  // The body of a WITH whose CTE list broke (`)` or `,` missing): splitting it off would lose the CTEs it reads.
  if (s.lead === 'WITH' && s.wantsQuery && (w === 'INSERT' || w === 'FROM')) return false;
  if (CLAUSE_LEADS.has(s.lead) && CLAUSE_WORDS.has(w)) return false;
  if (w === 'BEGIN' && s.lead === 'EXECUTE') return false;
  // Other statement keywords cannot be nested in parentheses, but a column named `show` or `load`
  // can start a line: a statement keyword is followed by a name, a string or nothing.
  const next = p.kindAt(p.pos + 1);
  return next === 'word' || next === 'quoted' || next === 'string' || next === 'variable' || next === 'eof' || p.up[p.pos + 1] === ';';
}

/** `WITH name AS`, `WITH name (cols) AS`, `WITH RECURSIVE` — not Flink's `WITH (` options or Hive's `WITH SERDEPROPERTIES (`. */
function startsCtes(p: Parser): boolean {
  const name = p.kindAt(p.pos + 1);
  if (name !== 'word' && name !== 'quoted') return false;
  const after = p.up[p.pos + 2];
  return after === 'AS' || p.up[p.pos + 1] === 'RECURSIVE' || (after === '(' && p.kindAt(p.pos + 3) !== 'string');
}
