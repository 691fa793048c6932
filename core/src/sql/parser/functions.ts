import type { Expr, FunctionCall, Identifier, QualifiedName, Query } from '../ast';
import { errorExpr, parseExpr, parseExprList } from './expressions';
import { INTERVAL_UNITS } from './keywords';
import { isJsonFunction, parseJsonArgs } from './json-functions';
import type { Parser } from './parser';
import { parseQuery, startsQuery } from './queries';
import { parseDataType, stringValue } from './types';
import { parseOrderItems, parseWindowSpec } from './windows';

/** Words that separate arguments in standard-SQL function forms: `SUBSTRING(s FROM 1 FOR 2)`, `TRIM(BOTH ' ' FROM s)`. */
const ARG_SEPARATORS = new Set(['FROM', 'FOR', 'PLACING']);
const SEPARATED_FORMS = new Set(['SUBSTRING', 'SUBSTR', 'TRIM', 'OVERLAY', 'POSITION']);
const TRIM_SIDES = new Set(['BOTH', 'LEADING', 'TRAILING']);

/**
 * Keyword-led expression forms that are not plain calls: CASE, CAST/TRY_CAST, EXISTS, EXTRACT, `ALL|ANY|SOME (query)`,
 * `ARRAY[...]`/`MAP[...]`, `DESCRIPTOR(...)`. Returns undefined when `w` starts none of them.
 */
export function parseSpecialForm(p: Parser, w: string, next: string): Expr | undefined {
  if (w === 'CASE') return parseCase(p);
  if (next === '(') {
    if (w === 'CAST' || w === 'TRY_CAST') return parseCast(p, w === 'TRY_CAST');
    // Spark's higher-order `exists(arr, x -> ...)` is a plain call: only `EXISTS (query)` is a predicate.
    if (w === 'EXISTS' && (p.dialect !== 'spark' || startsQuery(p, 2))) return parseExists(p);
    if (w === 'DESCRIPTOR') return parseDescriptor(p);
    if (w === 'EXTRACT') return parseExtract(p);
    if ((w === 'ALL' || w === 'ANY' || w === 'SOME') && startsQuery(p, 2)) return parseQuantified(p);
  }
  if ((w === 'ARRAY' || w === 'MAP') && next === '[') return parseConstructor(p);
  return undefined;
}

function parseCase(p: Parser): Expr {
  const start = p.start();
  p.next();
  const operand = p.at('WHEN') ? undefined : parseExpr(p);
  const whens: { when: Expr; then: Expr }[] = [];
  while (p.eat('WHEN')) {
    const when = parseExpr(p);
    const then = p.expect('THEN') ? parseExpr(p) : errorExpr(p);
    whens.push({ when, then });
  }
  const otherwise = p.eat('ELSE') ? parseExpr(p) : undefined;
  if (whens.length === 0 && !p.halted) p.unexpected("'WHEN'");
  else if (!p.eat('END')) p.unexpected("'END'", ['END', 'ELSE', 'WHEN']);
  return { kind: 'CaseExpr', operand, whens, else: otherwise, start, end: p.lastEnd };
}

function parseCast(p: Parser, isTry: boolean): Expr {
  const start = p.start();
  p.next();
  const open = p.start();
  p.next();
  const expr = parseExpr(p);
  const type = p.expect('AS') ? parseDataType(p) : undefined;
  p.close(open);
  const fallback = { kind: 'DataType' as const, name: '', text: '', args: [], fields: [], notNull: false, start: p.lastEnd, end: p.lastEnd };
  return { kind: 'CastExpr', expr, type: type ?? fallback, try: isTry, start, end: p.lastEnd };
}

function parseExists(p: Parser): Expr {
  const start = p.start();
  const query = keywordSubquery(p);
  return { kind: 'ExistsExpr', not: false, query, start, end: p.lastEnd };
}

/** The right side of `x = ALL (query)` / `x > ANY (query)`: kept as the subquery (spanning the quantifier). */
function parseQuantified(p: Parser): Expr {
  const start = p.start();
  const query = keywordSubquery(p);
  return { kind: 'SubqueryExpr', query, start, end: p.lastEnd };
}

/** `KEYWORD (query)`: steps over the keyword and returns the parenthesised query. */
function keywordSubquery(p: Parser): Query {
  p.next();
  const open = p.start();
  p.next();
  const query = parseQuery(p);
  p.close(open);
  return query;
}

function parseDescriptor(p: Parser): Expr {
  const start = p.start();
  p.next();
  const columns = p.identList();
  return { kind: 'Descriptor', columns, start, end: p.lastEnd };
}

/**
 * `EXTRACT(YEAR FROM d)`, Spark/Flink `EXTRACT('year', d)` and `EXTRACT(year, d)`: the field becomes
 * a string literal so it is never taken for a column.
 */
function parseExtract(p: Parser): Expr {
  const start = p.start();
  const name = nameOf(p);
  const open = p.start();
  p.next();
  const args: Expr[] = [];
  const k = p.kind();
  if (k === 'word' || k === 'string') {
    const t = p.take();
    const value = k === 'word' ? p.up[p.pos - 1] : stringValue(p.textOf(t), p.dialect !== 'flink');
    args.push({ kind: 'Literal', type: 'string', value, start: t.start, end: t.end });
    const separator = k === 'string' || p.at(',') ? ',' : 'FROM';
    if (p.expect(separator)) args.push(parseExpr(p));
  } else p.unexpected('a date-time field');
  p.close(open);
  return call(p, name, args, start);
}

/** `ARRAY[1, 2]`, `MAP['k', v]`. */
function parseConstructor(p: Parser): Expr {
  const start = p.start();
  const name = nameOf(p);
  p.next();
  const args = p.at(']') ? [] : parseExprList(p);
  p.expect(']');
  return call(p, name, args, start);
}

function nameOf(p: Parser): QualifiedName {
  const id: Identifier = p.identAt(p.take());
  return { kind: 'QualifiedName', parts: [id], start: id.start, end: id.end };
}

function call(p: Parser, name: QualifiedName, args: Expr[], start: number): FunctionCall {
  return { kind: 'FunctionCall', name, args, distinct: false, star: false, start, end: p.lastEnd };
}

/** `name(args) [WITHIN GROUP (...)] [FILTER (WHERE ...)] [IGNORE NULLS] [OVER ...]`; the cursor is on `(`. */
export function parseFunctionCall(p: Parser, name: QualifiedName): FunctionCall {
  const fn = call(p, name, [], name.start);
  const open = p.start();
  p.next();
  if (p.at('*') && p.peek(1) === ')') {
    p.next();
    fn.star = true;
  } else if (!p.at(')')) {
    if (p.at('DISTINCT')) {
      p.next();
      fn.distinct = true;
    } else if (p.at('ALL') && p.peek(1) !== ')' && p.peek(1) !== ',') p.next();
    parseArgs(p, fn);
  }
  p.close(open);
  unitArgument(fn);
  parseCallSuffixes(p, fn);
  fn.end = p.lastEnd;
  return fn;
}

/** Functions whose three-argument form starts with a time unit: `TIMESTAMPDIFF(DAY, a, b)`, `DATEADD(HOUR, 1, ts)`. */
const UNIT_FUNCTIONS = new Set(['TIMESTAMPDIFF', 'TIMESTAMPADD', 'TIMESTAMP_DIFF', 'TIMESTAMP_ADD', 'DATEDIFF', 'DATEADD', 'DATE_DIFF', 'DATE_ADD']);

/**
 * The unit of `TIMESTAMPDIFF(DAY, a, b)` is a keyword, not a column: it becomes a string literal, as in
 * EXTRACT. Only the three-argument forms: `date_add(day, 1)` adds to a column named `day`.
 */
function unitArgument(fn: FunctionCall): void {
  const unit = fn.args[0];
  if (fn.args.length !== 3 || unit?.kind !== 'ColumnRef' || unit.parts.length !== 1 || unit.parts[0].quoted) return;
  const word = unit.parts[0].name.toUpperCase();
  if (!INTERVAL_UNITS.has(word) || !UNIT_FUNCTIONS.has(fn.name.parts[fn.name.parts.length - 1].name.toUpperCase())) return;
  fn.args[0] = { kind: 'Literal', type: 'string', value: word, start: unit.start, end: unit.end };
}

function parseArgs(p: Parser, fn: FunctionCall): void {
  const fname = fn.name.parts[fn.name.parts.length - 1].name.toUpperCase();
  if (p.dialect === 'flink' && isJsonFunction(fname)) return parseJsonArgs(p, fn, fname);
  if (fname === 'TRIM' && TRIM_SIDES.has(p.peek())) p.next();
  if (fname === 'TRIM' && p.at('FROM')) p.next();
  const fieldNames = fname === 'STRUCT' && p.dialect === 'spark';
  for (;;) {
    const arg = parseArg(p);
    fn.args.push(fieldNames && p.at('AS') ? structField(p, arg) : arg);
    if (p.eat(',')) continue;
    if (SEPARATED_FORMS.has(fname) && (ARG_SEPARATORS.has(p.peek()) || p.at('IN'))) {
      p.next();
      continue;
    }
    break;
  }
  if (p.at('TO') && p.dialect !== 'spark' && TO_UNIT_FORMS.has(fname) && fn.args.length === 1) fn.toUnit = parseToUnit(p);
  if (p.at('IGNORE') || p.at('RESPECT')) nullsClause(p, fn);
  if (p.at2('ORDER', 'BY')) {
    p.next();
    p.next();
    fn.withinGroup = parseOrderItems(p);
  }
}

/** `CEIL(ts TO HOUR)`, `FLOOR(ts TO DAY)` (Flink and Hive; documented, though Flink's reference grammar lacks it). */
const TO_UNIT_FORMS = new Set(['CEIL', 'CEILING', 'FLOOR']);

/** `TO unit`: a time unit keyword, never a column. */
function parseToUnit(p: Parser): string | undefined {
  p.next();
  if (p.kind() !== 'word') {
    p.unexpected('a time unit');
    return undefined;
  }
  const unit = p.peek();
  p.next();
  return unit;
}

/** One argument: `TABLE t`, `name => value`, or an expression (lambdas included). */
function parseArg(p: Parser): Expr {
  const start = p.start();
  if (p.at('TABLE') && p.kind(1) !== 'op') {
    p.next();
    const name = p.qualifiedName('a table name');
    if (!name) return errorExpr(p);
    const arg: Expr = { kind: 'TableArg', name, start, end: p.lastEnd };
    if (p.at2('PARTITION', 'BY')) {
      p.next();
      p.next();
      arg.partitionBy = p.at('(') ? parenList(p) : [parseExpr(p)];
      arg.end = p.lastEnd;
    }
    return arg;
  }
  if (p.atIdent() && p.peek(1) === '=>') {
    const name = p.identAt(p.take());
    p.next();
    const value = parseArg(p);
    return { kind: 'NamedArg', name, value, start, end: p.lastEnd };
  }
  return parseExpr(p);
}

/** Spark `struct(a AS x)`: a named field, kept as a `NamedArg` (`x` names `a`'s value). */
function structField(p: Parser, value: Expr): Expr {
  p.next();
  const name = p.ident('a field name');
  if (!name) return value;
  return { kind: 'NamedArg', name, value, start: value.start, end: p.lastEnd };
}

function parenList(p: Parser): Expr[] {
  const open = p.start();
  p.next();
  const list = parseExprList(p);
  p.close(open);
  return list;
}

function nullsClause(p: Parser, fn: FunctionCall): void {
  if (p.peek(1) !== 'NULLS') return;
  fn.nulls = p.peek() as 'IGNORE' | 'RESPECT';
  p.next();
  p.next();
}

function parseCallSuffixes(p: Parser, fn: FunctionCall): void {
  if (p.at('WITHIN') && p.peek(1) === 'GROUP') {
    p.next();
    p.next();
    const open = p.start();
    if (p.expect('(') && p.expect('ORDER') && p.expect('BY')) fn.withinGroup = parseOrderItems(p);
    p.close(open);
  }
  if (p.at('FILTER') && p.peek(1) === '(') {
    p.next();
    const open = p.start();
    p.next();
    if (p.expect('WHERE')) fn.filter = parseExpr(p);
    p.close(open);
  }
  if (p.at('IGNORE') || p.at('RESPECT')) nullsClause(p, fn);
  if (p.at('OVER')) {
    p.next();
    fn.over = parseWindowSpec(p);
  }
}
