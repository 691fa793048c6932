import type { Expr, FunctionCall, Identifier, JoinType, LateralView, Relation, TableFunction, TableRef } from '../ast';
import { parseExpr, parseExprList } from './expressions';
import { parseFunctionCall } from './functions';
import { parseHints } from './hints';
import { NOT_A_COLUMN, NOT_AN_ALIAS, softColumn, STATEMENT_START } from './keywords';
import { atMatchRecognize, parseMatchRecognize } from './match-recognize';
import type { Parser } from './parser';
import { atPivot, parsePivot } from './pivot';
import { parsePartitionedTableFunction } from './ptf';
import { parseQuery, parseValues, startsQuery } from './queries';
import { atMapReduce } from './transform';

/** Clause keywords that can directly follow a FROM list. */
const FROM_FOLLOWERS = new Set(['WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'UNION', 'INTERSECT', 'EXCEPT', 'WINDOW', 'QUALIFY', 'SORT', 'DISTRIBUTE', 'CLUSTER', ')']);

/** Comma-separated FROM items, each a join tree. */
export function parseFromList(p: Parser): Relation[] {
  const out: Relation[] = [];
  if (p.atEnd() || (FROM_FOLLOWERS.has(p.peek()) && !keywordAsTable(p))) {
    // `SELECT a FROM WHERE ...`: report the missing table but keep parsing the later clauses.
    p.softError(`${p.describe()}, expected a table name`);
    return out;
  }
  do {
    const r = parseJoinTree(p);
    if (!r) break;
    out.push(r);
  } while (p.eat(','));
  return out;
}

/**
 * A FROM clause's items and the LATERAL VIEWs after it. Hive also attaches lateral views to a source
 * that a join follows (`LateralViewSource`); those that end the clause are returned as `lateralViews`.
 */
export function parseFromClause(p: Parser): { from: Relation[]; lateralViews: LateralView[] } {
  const from = parseFromList(p);
  const last = from[from.length - 1];
  if (last?.kind !== 'LateralViewSource') return { from, lateralViews: parseLateralViews(p) };
  from[from.length - 1] = last.source;
  return { from, lateralViews: [...last.views, ...parseLateralViews(p)] };
}

/** `LATERAL VIEW [OUTER] f(x) t AS a, b`, repeated (Spark: `t` optional). */
export function parseLateralViews(p: Parser): LateralView[] {
  const out: LateralView[] = [];
  while (p.at2('LATERAL', 'VIEW')) {
    const start = p.start();
    p.next();
    p.next();
    const outer = p.eat('OUTER');
    const call = parseCall(p);
    if (!call) break;
    const view: LateralView = { kind: 'LateralView', outer, call, columnAliases: [], start, end: p.lastEnd };
    if (p.atIdent() && !p.at('AS') && !NOT_AN_ALIAS.has(p.peek())) view.tableAlias = p.identAt(p.take());
    // Spark may leave out the table alias: `LATERAL VIEW explode(a) AS x`.
    else if (!(p.dialect === 'spark' && p.at('AS'))) p.softError(`${p.describe()}, expected a table alias after the LATERAL VIEW function`);
    if (p.eat('AS')) {
      do {
        const id = p.ident('a column alias');
        if (!id) break;
        view.columnAliases.push(id);
      } while (p.eat(','));
    }
    view.end = p.lastEnd;
    out.push(view);
  }
  return out;
}

function parseCall(p: Parser): FunctionCall | undefined {
  const name = p.qualifiedName('a function name');
  if (!name) return undefined;
  if (!p.at('(')) {
    p.unexpected("'('");
    return undefined;
  }
  return parseFunctionCall(p, name);
}

function joinType(p: Parser): { type: JoinType; natural: boolean } | undefined {
  let k = 0;
  const natural = p.peek() === 'NATURAL';
  if (natural) k++;
  const w = p.peek(k);
  let type: JoinType | undefined;
  let n = 1;
  if (w === 'JOIN') [type, n] = ['INNER', 0];
  else if (w === 'INNER' || w === 'CROSS') type = w;
  else if (w === 'LEFT' || w === 'RIGHT' || w === 'FULL') {
    const x = p.peek(k + 1);
    if (x === 'OUTER') n = 2;
    else if (w === 'LEFT' && (x === 'SEMI' || x === 'ANTI')) [type, n] = [`LEFT ${x}`, 2];
    type ??= w;
  } else if (w === 'SEMI' || w === 'ANTI') type = w;
  if (!type || p.peek(k + n) !== 'JOIN') return undefined;
  for (let i = 0; i <= k + n; i++) p.next();
  return { type, natural };
}

function parseJoinTree(p: Parser): Relation | undefined {
  let left = parseRelationPrimary(p);
  if (!left) return undefined;
  for (;;) {
    if (atPivot(p)) {
      left = parsePivot(p, left);
      continue;
    }
    if (p.dialect === 'hive' && p.at2('LATERAL', 'VIEW')) {
      left = { kind: 'LateralViewSource', source: left, views: parseLateralViews(p), start: left.start, end: p.lastEnd };
      continue;
    }
    if (atMatchRecognize(p)) {
      left = parseMatchRecognize(p, left);
      continue;
    }
    const jt = joinType(p);
    if (!jt) return left;
    const right = parseRelationPrimary(p);
    const join: Relation = { kind: 'Join', joinType: jt.type, natural: jt.natural, left, right: right ?? left, start: left.start, end: p.lastEnd };
    if (!right) return join;
    if (p.eat('ON')) join.on = parseExpr(p);
    else if (p.at('USING')) {
      p.next();
      join.using = p.identList();
    }
    join.end = p.lastEnd;
    left = join;
  }
}

function parseRelationPrimary(p: Parser): Relation | undefined {
  if (!p.enter()) return undefined;
  try {
    return relationPrimary(p);
  } finally {
    p.leave();
  }
}

function relationPrimary(p: Parser): Relation | undefined {
  const start = p.start();
  if (p.at('(')) return parseParenRelation(p);
  if (p.at('LATERAL')) {
    p.next();
    if (p.at('(')) {
      const r = parseParenRelation(p);
      if (r?.kind === 'DerivedTable') r.lateral = true;
      if (r) r.start = start;
      return r;
    }
    return parseTableFunction(p, start, true);
  }
  if ((p.at('TABLE') || p.at('UNNEST')) && p.peek(1) === '(') return parseTableFunction(p, start, false);
  if (atValuesRelation(p)) return parseValuesRelation(p);
  if (!p.atIdent() || (p.kind() === 'word' && NOT_AN_ALIAS.has(p.peek()) && p.peek(1) !== '(' && !keywordAsTable(p))) {
    p.unexpected('a table name');
    return undefined;
  }
  const name = p.qualifiedName('a table name');
  if (!name) return undefined;
  if (p.dialect === 'hive' && p.at('(') && p.peek(1) === 'ON') return parsePartitionedTableFunction(p, name, parseRelationPrimary);
  if (p.at('(')) {
    const call = parseFunctionCall(p, name);
    return tableFunctionTail(p, { kind: 'TableFunction', call, lateral: false, withOrdinality: false, start, end: p.lastEnd });
  }
  const hint = p.hintBefore.get(p.pos);
  const ref: Relation = { kind: 'TableRef', name, hints: hint && !p.halted ? parseHints(p, hint) : [], start, end: p.lastEnd };
  if (p.dialect === 'spark') parseTimeTravel(p, ref);
  if (p.at('FOR') && (p.peek(1) === 'SYSTEM_TIME' || p.peek(1) === 'SYSTEM')) ref.forSystemTime = parseForSystemTime(p);
  if (atSample(p)) ref.sample = parseSample(p);
  parseAlias(p, ref);
  ref.end = p.lastEnd;
  return ref;
}

/**
 * Spark time travel after a table name: `[FOR] VERSION|SYSTEM_VERSION AS OF v`,
 * `[FOR] TIMESTAMP|SYSTEM_TIME AS OF ts`.
 */
function parseTimeTravel(p: Parser, ref: TableRef): void {
  const k = p.at('FOR') ? 1 : 0;
  const w = p.peek(k);
  const version = w === 'VERSION' || w === 'SYSTEM_VERSION';
  if ((!version && w !== 'TIMESTAMP' && w !== 'SYSTEM_TIME') || p.peek(k + 1) !== 'AS' || p.peek(k + 2) !== 'OF') return;
  for (let i = 0; i <= k + 2; i++) p.next();
  const value = parseExpr(p);
  if (version) ref.versionAsOf = value;
  else ref.timestampAsOf = value;
}

/** Spark inline table `VALUES 1, 2` / `VALUES (1, 'a'), ...` in FROM: a row must follow (a table may be named `values`). */
function atValuesRelation(p: Parser): boolean {
  if (p.dialect !== 'spark' || !p.at('VALUES')) return false;
  const k = p.kind(1);
  const next = p.peek(1);
  if (k === 'number' || k === 'string' || k === 'variable') return true;
  if (k === 'op') return next === '(' || next === '-' || next === '+';
  return next === 'NULL' || next === 'TRUE' || next === 'FALSE' || p.peek(2) === '(';
}

/** `VALUES rows [[AS] t(a, b)]` in FROM, kept as a derived table over the VALUES query. */
function parseValuesRelation(p: Parser): Relation {
  const values = parseValues(p);
  const query = { kind: 'Query' as const, body: values, start: values.start, end: values.end };
  const derived: Relation = { kind: 'DerivedTable', query, lateral: false, start: values.start, end: values.end };
  parseAlias(p, derived);
  derived.end = p.lastEnd;
  return derived;
}

/**
 * A keyword the dialect allows as a name (or one that only continues a FROM clause, `SEMI`, `PIVOT`),
 * alone as the table (`SELECT a FROM values`).
 */
function keywordAsTable(p: Parser): boolean {
  const w = p.peek();
  return (softColumn(p.dialect, w) || !NOT_A_COLUMN.has(w)) && (p.kind(1) === 'eof' || TABLE_END.has(p.peek(1)));
}

/** What may follow a table name that is a keyword: the end of the FROM item, an alias or a join. */
const TABLE_END = new Set([';', ')', ',', 'AS', 'JOIN', 'INNER', 'LEFT', 'RIGHT', 'FULL', 'CROSS', 'NATURAL']);

/**
 * A keyword that only continues a FROM clause (`PIVOT`, `WATERMARK`) as a relation's alias when the FROM
 * item ends after it (`FROM t pivot, u`); never a join or clause word, which may just be unfinished.
 */
function keywordAsAlias(p: Parser): boolean {
  const w = p.peek();
  return !NOT_A_COLUMN.has(w) && !JOIN_WORDS.has(w) && !FROM_FOLLOWERS.has(w) && keywordAsTable(p);
}

const JOIN_WORDS = new Set(['LEFT', 'RIGHT', 'SEMI', 'ANTI']);

function atSample(p: Parser): boolean {
  return p.at('TABLESAMPLE') && p.dialect !== 'flink';
}

/**
 * `TABLESAMPLE (10 PERCENT)`, `(100 ROWS)`, `(BUCKET 1 OUT OF 4 [ON x])`, `(10M)`: checked for
 * shape, kept as the text inside the parentheses.
 */
function parseSample(p: Parser): string {
  p.next();
  const open = p.start();
  if (!p.expect('(')) return '';
  const from = p.start();
  if (p.eat('BUCKET')) {
    sampleCount(p, 'a bucket number');
    if (p.expect('OUT')) p.expect('OF');
    sampleCount(p, 'a bucket count');
    if (p.eat('ON')) parseExprList(p);
  } else {
    parseExpr(p);
    if (p.at('PERCENT') || p.at('ROWS')) p.next();
  }
  const inner = p.text.slice(from, Math.max(from, p.lastEnd));
  p.close(open);
  return inner;
}

function sampleCount(p: Parser, what: string): void {
  if (p.kind() === 'number') p.next();
  else p.unexpected(what);
}

/** `FOR SYSTEM_TIME AS OF expr` (also `FOR SYSTEM TIME`). */
function parseForSystemTime(p: Parser): Expr {
  p.next();
  const word = p.peek();
  p.next();
  if (word === 'SYSTEM') p.expect('TIME');
  p.expect('AS');
  p.expect('OF');
  return parseExpr(p);
}

/** `(query) [alias]` or a parenthesised join `(a JOIN b)`. */
function parseParenRelation(p: Parser): Relation | undefined {
  const start = p.start();
  if (startsQuery(p)) {
    p.next();
    const query = parseQuery(p);
    p.close(start);
    const derived: Relation = { kind: 'DerivedTable', query, lateral: false, start, end: p.lastEnd };
    if (p.dialect === 'spark' && atSample(p)) derived.sample = parseSample(p);
    parseAlias(p, derived);
    derived.end = p.lastEnd;
    return derived;
  }
  p.next();
  const inner = parseJoinTree(p);
  p.close(start);
  return inner;
}

/** `TABLE(f(...))`, `UNNEST(arr) [WITH ORDINALITY]`, `LATERAL TABLE(f(x))`, `LATERAL f(x)`; cursor on the keyword/name. */
function parseTableFunction(p: Parser, start: number, lateral: boolean): TableFunction | undefined {
  let call: FunctionCall | undefined;
  if (p.at('TABLE') && p.peek(1) === '(') {
    p.next();
    const open = p.start();
    p.next();
    call = parseCall(p);
    p.close(open);
  } else call = parseCall(p);
  if (!call) return undefined;
  return tableFunctionTail(p, { kind: 'TableFunction', call, lateral, withOrdinality: false, start, end: p.lastEnd });
}

function tableFunctionTail(p: Parser, tf: TableFunction): TableFunction {
  if (p.at2('WITH', 'ORDINALITY')) {
    p.next();
    p.next();
    tf.withOrdinality = true;
  }
  parseAlias(p, tf);
  tf.end = p.lastEnd;
  return tf;
}

/** `[AS] alias [(c1, c2)]`. */
export function parseAlias(p: Parser, r: { alias?: Identifier; columnAliases?: Identifier[] }): void {
  // A statement keyword opening a line starts the next statement (a `;` is missing), it is no alias.
  if (atMapReduce(p) || (p.startsLine(p.pos) && STATEMENT_START.has(p.peek()))) return;
  if (p.eat('AS')) r.alias = p.ident('an alias');
  else if (p.kind() === 'quoted' || (p.kind() === 'word' && (!NOT_AN_ALIAS.has(p.peek()) || keywordAsAlias(p)))) r.alias = p.identAt(p.take());
  else return;
  if (p.at('(') && p.kind(1) !== 'op') r.columnAliases = p.identList('a column alias');
}
