import type { BetweenExpr, ColumnRef, Expr, Identifier, IsExpr, Literal, Star } from '../ast';
import { atIntervalLiteral, parseInterval } from './intervals';
import { NILADIC_FUNCTIONS, NOT_A_COLUMN, softColumn, TYPED_LITERALS } from './keywords';
import { endsExpression } from './lookahead';
import type { Parser } from './parser';
import { parseFunctionCall, parseSpecialForm } from './functions';
import { parseQuery, startsQuery } from './queries';
import { parseDataType, stringValue } from './types';

/** Binary operator precedence (higher binds tighter); 0 = not a binary operator here. */
function binaryPrecedence(op: string): number {
  switch (op) {
    case '|':
      return 5;
    case '^':
      return 6;
    case '&':
      return 7;
    case '+':
    case '-':
    case '||':
      return 8;
    case '*':
    case '/':
    case '%':
    case 'DIV':
      return 9;
    default:
      return 0;
  }
}

const COMPARISON = new Set(['=', '==', '<>', '!=', '<', '<=', '>', '>=', '<=>']);
const PATTERN = new Set(['LIKE', 'RLIKE', 'REGEXP', 'ILIKE', 'SIMILAR']);

/** Parses a full expression (OR level). Returns an `ErrorExpr` when there is none. */
export function parseExpr(p: Parser): Expr {
  if (!p.enter()) return errorExpr(p);
  try {
    return parseOr(p);
  } finally {
    p.leave();
  }
}

export function errorExpr(p: Parser): Expr {
  const s = p.start();
  return { kind: 'ErrorExpr', start: s, end: s };
}

function parseOr(p: Parser): Expr {
  let left = parseAnd(p);
  while (p.at('OR')) {
    p.next();
    const right = parseAnd(p);
    left = { kind: 'BinaryExpr', op: 'OR', left, right, start: left.start, end: p.lastEnd };
  }
  return left;
}

function parseAnd(p: Parser): Expr {
  let left = parseNot(p);
  while (p.at('AND') || p.at('&&')) {
    p.next();
    const right = parseNot(p);
    left = { kind: 'BinaryExpr', op: 'AND', left, right, start: left.start, end: p.lastEnd };
  }
  return left;
}

function parseNot(p: Parser): Expr {
  if (p.at('NOT') || (p.at('!') && p.peek(1) !== '=')) {
    const start = p.start();
    p.next();
    if (!p.enter()) return errorExpr(p);
    const operand = parseNot(p);
    p.leave();
    return { kind: 'UnaryExpr', op: 'NOT', operand, start, end: p.lastEnd };
  }
  return parsePredicate(p);
}

/** Comparisons, IS, BETWEEN, IN, LIKE and friends (non-associative, but chains are tolerated). */
function parsePredicate(p: Parser): Expr {
  let left = parseBinary(p, 5);
  for (;;) {
    const op = p.peek();
    if (COMPARISON.has(op) || (op === 'OVERLAPS' && atOverlaps(p, left))) {
      p.next();
      const right = parseBinary(p, 5);
      left = { kind: 'BinaryExpr', op: op === '==' ? '=' : op, left, right, start: left.start, end: p.lastEnd };
      continue;
    }
    const not = op === 'NOT' && (p.peek(1) === 'IN' || p.peek(1) === 'BETWEEN' || PATTERN.has(p.peek(1)));
    const word = not ? p.peek(1) : op;
    if (word === 'IS') left = parseIs(p, left);
    else if (word === 'BETWEEN') left = parseBetween(p, left, not);
    else if (word === 'IN') left = parseIn(p, left, not);
    // `SELECT a regexp, b`: a pattern keyword that nothing follows is an alias.
    else if (PATTERN.has(word) && !endsExpression(p, not ? 2 : 1)) left = parsePattern(p, left, not);
    else return left;
  }
}

/** Flink `(start, end|interval) OVERLAPS (start, end|interval)`: a comparison of two periods. */
function atOverlaps(p: Parser, left: Expr): boolean {
  return p.dialect === 'flink' && left.kind === 'RowExpr' && p.peek(1) === '(';
}

function parseIs(p: Parser, expr: Expr): Expr {
  p.next();
  const not = p.eat('NOT');
  const w = p.peek();
  if (w === 'NULL' || w === 'TRUE' || w === 'FALSE' || w === 'UNKNOWN') {
    p.next();
    return { kind: 'IsExpr', expr, not, test: w, start: expr.start, end: p.lastEnd };
  }
  if (w === 'DISTINCT' && p.peek(1) === 'FROM') {
    p.next();
    p.next();
    const right = parseBinary(p, 5);
    return { kind: 'IsExpr', expr, not, test: 'DISTINCT FROM', right, start: expr.start, end: p.lastEnd };
  }
  if (w === 'JSON' && p.dialect === 'flink') return parseIsJson(p, expr, not);
  p.unexpected("NULL, TRUE, FALSE or DISTINCT FROM after 'IS'", ['NOT', 'NULL', 'TRUE', 'FALSE', 'DISTINCT', 'UNKNOWN']);
  return { kind: 'IsExpr', expr, not, test: 'NULL', start: expr.start, end: p.lastEnd };
}

const JSON_TYPES = new Set(['VALUE', 'SCALAR', 'ARRAY', 'OBJECT']);

/** Flink `x IS [NOT] JSON [VALUE|SCALAR|ARRAY|OBJECT]`; the cursor is on `JSON`. */
function parseIsJson(p: Parser, expr: Expr, not: boolean): Expr {
  p.next();
  const is: IsExpr = { kind: 'IsExpr', expr, not, test: 'JSON', start: expr.start, end: p.lastEnd };
  if (JSON_TYPES.has(p.peek())) {
    is.jsonType = p.peek() as IsExpr['jsonType'];
    p.next();
    is.end = p.lastEnd;
  }
  return is;
}

function parseBetween(p: Parser, expr: Expr, not: boolean): Expr {
  if (not) p.next();
  p.next();
  const symmetric = betweenMode(p);
  const low = parseBinary(p, 5);
  const high = p.expect('AND') ? parseBinary(p, 5) : errorExpr(p);
  const between: BetweenExpr = { kind: 'BetweenExpr', expr, not, low, high, start: expr.start, end: p.lastEnd };
  if (symmetric) between.symmetric = true;
  return between;
}

/** Flink `BETWEEN SYMMETRIC|ASYMMETRIC low AND high`: true for SYMMETRIC (either bound may be the lower). */
function betweenMode(p: Parser): boolean {
  if (p.dialect !== 'flink' || p.peek(1) === 'AND' || !(p.at('SYMMETRIC') || p.at('ASYMMETRIC'))) return false;
  const symmetric = p.at('SYMMETRIC');
  p.next();
  return symmetric;
}

function parseIn(p: Parser, expr: Expr, not: boolean): Expr {
  if (not) p.next();
  p.next();
  const open = p.start();
  if (!p.expect('(')) return { kind: 'InExpr', expr, not, list: [], start: expr.start, end: p.lastEnd };
  if (startsQuery(p)) {
    const query = parseQuery(p);
    p.close(open);
    return { kind: 'InExpr', expr, not, query, start: expr.start, end: p.lastEnd };
  }
  const list = p.at(')') ? [] : parseExprList(p);
  p.close(open);
  return { kind: 'InExpr', expr, not, list, start: expr.start, end: p.lastEnd };
}

function parsePattern(p: Parser, left: Expr, not: boolean): Expr {
  if (not) p.next();
  let op = p.peek();
  p.next();
  if (op === 'SIMILAR') {
    p.expect('TO');
    op = 'SIMILAR TO';
  }
  const right = parseBinary(p, 5);
  const node: Expr = { kind: 'BinaryExpr', op: not ? `NOT ${op}` : op, left, right, start: left.start, end: p.lastEnd };
  if (p.eat('ESCAPE')) {
    node.escape = parseBinary(p, 5);
    node.end = p.lastEnd;
  }
  return node;
}

/** Precedence climbing over arithmetic, concatenation and bitwise operators. */
function parseBinary(p: Parser, minPrec: number): Expr {
  let left = parseUnary(p);
  for (;;) {
    const op = p.peek();
    const prec = binaryPrecedence(op);
    if (prec < minPrec || prec === 0 || (op === 'DIV' && p.kind() !== 'word')) return left;
    p.next();
    if (!p.enter()) return left;
    const right = parseBinary(p, prec + 1);
    p.leave();
    left = { kind: 'BinaryExpr', op, left, right, start: left.start, end: p.lastEnd };
  }
}

export function parseUnary(p: Parser): Expr {
  const op = p.peek();
  if ((op === '-' || op === '+' || op === '~') && p.kind() === 'op') {
    const start = p.start();
    p.next();
    if (!p.enter()) return errorExpr(p);
    const operand = parseUnary(p);
    p.leave();
    return { kind: 'UnaryExpr', op, operand, start, end: p.lastEnd };
  }
  return parsePostfix(p, parsePrimary(p));
}

/** `::type`, `[index]`, `.field` after an expression. */
function parsePostfix(p: Parser, expr: Expr): Expr {
  for (;;) {
    if (p.at('::')) {
      p.next();
      const type = parseDataType(p);
      if (!type) return expr;
      expr = { kind: 'CastExpr', expr, type, try: false, start: expr.start, end: p.lastEnd };
    } else if (p.at('[')) {
      p.next();
      const index = parseExpr(p);
      p.expect(']');
      expr = { kind: 'IndexAccess', object: expr, index, start: expr.start, end: p.lastEnd };
    } else if (p.at('.') && expr.kind !== 'ColumnRef') {
      p.next();
      const field = p.ident('a field name');
      if (!field) return expr;
      expr = { kind: 'FieldAccess', object: expr, field, start: expr.start, end: p.lastEnd };
    } else return expr;
  }
}

export function parsePrimary(p: Parser): Expr {
  const start = p.start();
  switch (p.kind()) {
    case 'number': {
      const t = p.take();
      return { kind: 'Literal', type: 'number', value: p.textOf(t), start, end: t.end };
    }
    case 'string':
      return stringLiteral(p);
    case 'variable': {
      const t = p.take();
      return { kind: 'Variable', name: p.text.slice(t.start + 2, t.end - 1), start, end: t.end };
    }
    case 'quoted':
      return parseNameExpr(p);
    case 'word':
      return parseWordExpr(p);
    case 'op':
      if (p.at('(')) return parseParen(p);
      if (p.at('*')) {
        p.next();
        return starExcept(p, { kind: 'Star', start, end: p.lastEnd });
      }
  }
  p.unexpected('an expression');
  return errorExpr(p);
}

/** A string literal; in Spark and Hive, adjacent ones are one string (`'Hello' ' World!'`). */
function stringLiteral(p: Parser): Literal {
  const backslash = p.dialect !== 'flink';
  const t = p.take();
  const literal: Literal = { kind: 'Literal', type: 'string', value: stringValue(p.textOf(t), backslash), start: t.start, end: t.end };
  while (backslash && p.kind() === 'string') {
    const more = p.take();
    literal.value += stringValue(p.textOf(more), backslash);
    literal.end = more.end;
  }
  return literal;
}

/** Expressions that start with a word: literals, keywords forms, function calls, column names. */
function parseWordExpr(p: Parser): Expr {
  const w = p.peek();
  const start = p.start();
  const next = p.peek(1);
  if (w === 'NULL' || w === 'TRUE' || w === 'FALSE') {
    p.next();
    return { kind: 'Literal', type: w === 'NULL' ? 'null' : 'boolean', value: w, start, end: p.lastEnd };
  }
  const special = parseSpecialForm(p, w, next);
  if (special) return special;
  if (w === 'INTERVAL' && atIntervalLiteral(p)) return parseInterval(p);
  if (TYPED_LITERALS.has(w) && p.kind(1) === 'string') {
    p.next();
    const lit = stringLiteral(p);
    return { ...lit, typeName: w, start };
  }
  if (next === '->') return parseLambda(p, [p.identAt(p.take())], start);
  if (NILADIC_FUNCTIONS.has(w) && next !== '(' && next !== '.') {
    p.next();
    const id = p.identAt(p.tokenAt(p.pos - 1));
    return { kind: 'FunctionCall', name: { kind: 'QualifiedName', parts: [id], start, end: id.end }, args: [], distinct: false, star: false, start, end: id.end };
  }
  if (NOT_A_COLUMN.has(w) && next !== '(' && !keywordAsColumn(p, w)) {
    p.unexpected('an expression');
    return errorExpr(p);
  }
  return parseNameExpr(p);
}

/**
 * A keyword where an expression starts is a column name when nothing could continue the keyword
 * (`SELECT sort, end FROM t`) and the dialect allows it; `CASE ... ELSE END` keeps its `END`.
 */
function keywordAsColumn(p: Parser, w: string): boolean {
  if (!softColumn(p.dialect, w) || !endsExpression(p, 1)) return false;
  const before = p.pos > 0 ? p.up[p.pos - 1] : '';
  return !(w === 'END' && (before === 'THEN' || before === 'ELSE'));
}

/** `a`, `t.c`, `db.t.c`, `t.*`, `f(x)`, `db.f(x)`. */
function parseNameExpr(p: Parser): Expr {
  const start = p.start();
  const parts: Identifier[] = [p.identAt(p.take())];
  while (p.at('.')) {
    p.next();
    if (p.at('*')) {
      p.next();
      return starExcept(p, { kind: 'Star', qualifier: parts, start, end: p.lastEnd });
    }
    if (!p.atIdent() || reservedAfterGap(p)) {
      // `SELECT t.` while typing: keep the partial reference for completion.
      // Soft, so the FROM clause that completion needs for `t.` still gets parsed.
      const ref: ColumnRef = { kind: 'ColumnRef', parts, start, end: p.lastEnd };
      p.softError(p.token().kind === 'bad' ? p.describe() : `${p.describe()}, expected a column name`);
      return ref;
    }
    parts.push(p.identAt(p.take()));
  }
  if (p.at('(')) return parseFunctionCall(p, { kind: 'QualifiedName', parts, start, end: p.lastEnd });
  return { kind: 'ColumnRef', parts, start, end: p.lastEnd };
}

/**
 * `t. FROM` while typing: a reserved word after a dot *and a gap* is the next clause, not a field
 * (`t.from` without a gap stays a valid name).
 */
function reservedAfterGap(p: Parser): boolean {
  return p.kind() === 'word' && NOT_A_COLUMN.has(p.peek()) && p.token().start > p.lastEnd;
}

/** Spark `* EXCEPT (a, b)`. */
function starExcept(p: Parser, star: Star): Star {
  if (p.at('EXCEPT') && p.peek(1) === '(' && !startsQueryAfterParen(p)) {
    p.next();
    star.except = p.identList();
    star.end = p.lastEnd;
  }
  return star;
}

function startsQueryAfterParen(p: Parser): boolean {
  const w = p.peek(2);
  return w === 'SELECT' || w === 'WITH' || w === 'VALUES';
}

/** `(expr)`, `(a, b)` row, `(subquery)`, `(a, b) -> body`. */
function parseParen(p: Parser): Expr {
  const open = p.start();
  p.next();
  if (startsQuery(p)) {
    const query = parseQuery(p);
    p.close(open);
    return { kind: 'SubqueryExpr', query, start: open, end: p.lastEnd };
  }
  if (p.at(')') && p.peek(1) === '->') {
    p.next();
    return parseLambda(p, [], open);
  }
  const items = parseExprList(p);
  p.close(open);
  if (p.at('->') && items.every((e) => e.kind === 'ColumnRef' && e.parts.length === 1)) {
    return parseLambda(p, items.map((e) => (e as ColumnRef).parts[0]), open);
  }
  if (items.length === 1) return items[0];
  return { kind: 'RowExpr', items, start: open, end: p.lastEnd };
}

function parseLambda(p: Parser, params: Identifier[], start: number): Expr {
  p.expect('->');
  const body = parseExpr(p);
  return { kind: 'Lambda', params, body, start, end: p.lastEnd };
}

/** Comma-separated expressions (at least one). */
export function parseExprList(p: Parser): Expr[] {
  const out = [parseExpr(p)];
  while (p.eat(',')) out.push(parseExpr(p));
  return out;
}
