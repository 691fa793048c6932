import type { Cte, Expr, GroupBy, GroupingSets, NamedWindow, OrderAll, Query, QueryBody, Select, SelectItem, SetOperation, TableQuery, Values, WindowSpec, WithClause } from '../ast';
import { parseExpr, parseExprList } from './expressions';
import { parseHints } from './hints';
import { CLAUSE_KEYWORDS, NOT_AN_ALIAS, softColumn } from './keywords';
import type { Parser } from './parser';
import { parseAlias, parseFromClause } from './relations';
import { atMapReduce, atTransform, parseTransform } from './transform';
import { parseOrderItems, parseWindowBody } from './windows';

/**
 * True when the token `at` places after the cursor (default: the cursor's) starts a query
 * (`SELECT`, `WITH`, `VALUES`, Spark `TABLE t`, or `(` of one, also of a Hive/Spark FROM-first query).
 */
export function startsQuery(p: Parser, at = 0): boolean {
  const w = p.peek(at);
  if (w === 'SELECT' || w === 'WITH' || w === 'VALUES' || atTableQuery(p, at)) return true;
  if (w !== '(') return false;
  let k = at + 1;
  while (p.peek(k) === '(') k++;
  const inner = p.peek(k);
  return inner === 'SELECT' || inner === 'WITH' || inner === 'VALUES' || atTableQuery(p, k) || (inner === 'FROM' && p.dialect !== 'flink');
}

/** Spark `TABLE t` used as a query. */
function atTableQuery(p: Parser, at: number): boolean {
  return p.dialect === 'spark' && p.peek(at) === 'TABLE' && (p.kind(at + 1) === 'word' || p.kind(at + 1) === 'quoted');
}

/** A full query: `[WITH ...] body [ORDER BY ...] [SORT/DISTRIBUTE/CLUSTER BY ...] [LIMIT n [OFFSET m]]`. */
export function parseQuery(p: Parser, withClause?: WithClause, first?: Select): Query {
  const start = withClause?.start ?? first?.start ?? p.start();
  if (!p.enter()) return emptyQuery(p, start);
  try {
    const w = withClause ?? (!first && p.at('WITH') ? parseWith(p) : undefined);
    const body = parseSetExpr(p, first);
    const query: Query = { kind: 'Query', with: w, body, start, end: start };
    parseQueryTail(p, query);
    query.end = Math.max(p.lastEnd, start);
    return query;
  } finally {
    p.leave();
  }
}

export function emptyQuery(p: Parser, start: number): Query {
  const body: Select = { kind: 'Select', hints: [], distinct: false, items: [], from: [], lateralViews: [], windows: [], start, end: start };
  return { kind: 'Query', body, start, end: Math.max(start, p.lastEnd) };
}

/** ORDER BY, SORT BY, DISTRIBUTE BY, CLUSTER BY, LIMIT, OFFSET — in any order. */
function parseQueryTail(p: Parser, q: Query): void {
  for (;;) {
    const w = p.peek();
    if (p.peek(1) === 'BY' && (w === 'ORDER' || w === 'SORT' || w === 'DISTRIBUTE' || w === 'CLUSTER')) {
      p.next();
      p.next();
      if (w === 'ORDER' && atAll(p)) q.orderByAll = parseOrderAll(p);
      else if (w === 'ORDER') q.orderBy = parseOrderItems(p);
      else if (w === 'SORT') q.sortBy = parseOrderItems(p);
      else if (w === 'DISTRIBUTE') q.distributeBy = parseExprList(p);
      else q.clusterBy = parseExprList(p);
    } else if (w === 'LIMIT' && p.peek(1) === 'ALL' && p.dialect !== 'hive') {
      // Spark/Flink `LIMIT ALL`: no limit.
      p.next();
      p.next();
    } else if (w === 'LIMIT') {
      p.next();
      q.limit = parseExpr(p);
      if (p.eat(',')) {
        // MySQL/Hive `LIMIT offset, count`.
        q.offset = q.limit;
        q.limit = parseExpr(p);
      }
    } else if (w === 'OFFSET') {
      p.next();
      q.offset = parseExpr(p);
      if (p.at('ROWS') || p.at('ROW')) p.next();
    } else return;
  }
}

/** Spark `GROUP BY ALL` / `ORDER BY ALL` (the cursor on `ALL`, nothing that makes it an expression after it). */
function atAll(p: Parser): boolean {
  if (p.dialect !== 'spark' || !p.at('ALL')) return false;
  const k = p.kind(1);
  return k === 'eof' || k === 'word' || p.peek(1) === ')' || p.peek(1) === ';';
}

function parseOrderAll(p: Parser): OrderAll {
  const start = p.start();
  p.next();
  const all: OrderAll = { kind: 'OrderAll', start, end: p.lastEnd };
  if (p.at('ASC') || p.at('DESC')) {
    all.direction = p.peek() as 'ASC' | 'DESC';
    p.next();
  }
  if (p.at('NULLS') && (p.peek(1) === 'FIRST' || p.peek(1) === 'LAST')) {
    p.next();
    all.nulls = p.peek() as 'FIRST' | 'LAST';
    p.next();
  }
  all.end = p.lastEnd;
  return all;
}

export function parseWith(p: Parser): WithClause {
  const start = p.start();
  p.next();
  const recursive = p.eat('RECURSIVE');
  const ctes: Cte[] = [];
  do {
    const cstart = p.start();
    const name = p.ident('a CTE name');
    if (!name) break;
    const columns = p.at('(') ? p.identList() : undefined;
    let query: Query;
    if (p.expect('AS')) {
      const open = p.start();
      if (p.expect('(')) {
        query = parseQuery(p);
        p.close(open);
      } else query = emptyQuery(p, p.start());
    } else query = emptyQuery(p, p.start());
    ctes.push({ kind: 'Cte', name, columns, query, start: cstart, end: p.lastEnd });
  } while (p.eat(','));
  return { kind: 'WithClause', recursive, ctes, start, end: p.lastEnd };
}

/** UNION / EXCEPT / MINUS, left-associative, below INTERSECT. */
function parseSetExpr(p: Parser, first?: Select): QueryBody {
  let left = parseIntersect(p, first);
  while (p.at('UNION') || p.at('EXCEPT') || p.at('MINUS')) left = setOperation(p, left, parseIntersect);
  return left;
}

function parseIntersect(p: Parser, first?: Select): QueryBody {
  let left = first ?? parseSetPrimary(p);
  while (p.at('INTERSECT')) left = setOperation(p, left, parseSetPrimary);
  return left;
}

function setOperation(p: Parser, left: QueryBody, operand: (p: Parser) => QueryBody): SetOperation {
  const op = p.peek() as SetOperation['op'];
  p.next();
  const all = p.eat('ALL');
  if (!all) p.eat('DISTINCT');
  const right = operand(p);
  return { kind: 'SetOperation', op, all, left, right, start: left.start, end: p.lastEnd };
}

function parseSetPrimary(p: Parser): QueryBody {
  if (p.at('SELECT') || atMapReduce(p)) return parseSelect(p);
  if (p.at('VALUES')) return parseAliasedValues(p);
  if (atTableQuery(p, 0)) return parseTableQuery(p);
  if (p.at('FROM') && p.dialect !== 'flink') return parseFromFirstSelect(p);
  if (p.at('(')) {
    const open = p.start();
    p.next();
    const q = parseQuery(p);
    p.close(open);
    return q;
  }
  if (p.at('WITH')) return parseQuery(p);
  p.unexpected("'SELECT'", ['SELECT', 'VALUES', 'WITH', 'ALL', 'DISTINCT']);
  return emptyQuery(p, p.start()).body;
}

/** `VALUES ...`, in Spark with an optional `[AS] t(a, b)` naming it. */
function parseAliasedValues(p: Parser): Values {
  const values = parseValues(p);
  if (p.dialect === 'spark') {
    parseAlias(p, values);
    values.end = p.lastEnd;
  }
  return values;
}

/** Spark `TABLE t`. */
function parseTableQuery(p: Parser): TableQuery {
  const start = p.start();
  p.next();
  const name = p.qualifiedName('a table name') ?? { kind: 'QualifiedName' as const, parts: [], start: p.start(), end: p.start() };
  return { kind: 'TableQuery', name, start, end: p.lastEnd };
}

/** A FROM-first query inside a query (`(FROM t SELECT a)`, Hive `(FROM t MAP a USING 's') m`). */
export function parseFromFirstSelect(p: Parser): Select {
  const start = p.start();
  p.next();
  const clause = parseFromClause(p);
  if (!p.at('SELECT') && !atMapReduce(p)) p.unexpected("'SELECT'");
  const select = parseSelect(p, clause);
  select.start = start;
  return select;
}

export function parseValues(p: Parser): Values {
  const start = p.start();
  p.next();
  const rows: Expr[][] = [];
  do {
    if (p.at('(')) {
      const open = p.start();
      p.next();
      rows.push(p.dialect === 'spark' ? namedRow(p) : parseExprList(p));
      p.close(open);
    } else rows.push([parseExpr(p)]);
  } while (p.eat(','));
  return { kind: 'Values', rows, start, end: p.lastEnd };
}

/** A Spark row `("one", 1 AS one)`: a value may be named (a `NamedArg`), as in a row constructor. */
function namedRow(p: Parser): Expr[] {
  const row: Expr[] = [];
  do {
    const value = parseExpr(p);
    const name = p.eat('AS') ? p.ident('a column alias') : undefined;
    row.push(name ? { kind: 'NamedArg', name, value, start: value.start, end: p.lastEnd } : value);
  } while (p.eat(','));
  return row;
}

/** `SELECT ...` up to (not including) set operators and the query tail. `from` pre-parsed for FROM-first queries. */
export function parseSelect(p: Parser, fromFirst?: Pick<Select, 'from' | 'lateralViews'>): Select {
  const start = p.start();
  const select: Select = {
    kind: 'Select', hints: [], distinct: false, items: [],
    from: fromFirst?.from ?? [], lateralViews: fromFirst?.lateralViews ?? [], windows: [], start, end: start,
  };
  if (atMapReduce(p)) select.transform = parseTransform(p);
  else parseSelectList(p, select);
  if (p.eat('FROM')) ({ from: select.from, lateralViews: select.lateralViews } = parseFromClause(p));
  parseSelectClauses(p, select);
  select.end = p.lastEnd;
  return select;
}

/** `SELECT [hints] [DISTINCT|ALL] items` or `SELECT TRANSFORM (...) ...`. */
function parseSelectList(p: Parser, select: Select): void {
  p.next();
  const hint = p.hintBefore.get(p.pos);
  if (hint && !p.halted) select.hints = parseHints(p, hint);
  if (p.at('DISTINCT')) {
    p.next();
    select.distinct = true;
  } else if (p.at('ALL')) p.next();
  if (atTransform(p)) select.transform = parseTransform(p);
  else parseSelectItems(p, select);
}

function parseSelectItems(p: Parser, select: Select): void {
  for (;;) {
    const item = parseSelectItem(p);
    select.items.push(item);
    if (!p.at(',')) {
      // `expr alias` (no AS) then a name: `SELECT a b c` lacks a comma, `SELECT a FORM t` misspells FROM.
      if (item.alias && !p.halted && p.up[p.pos - 2] !== 'AS' && startsAnotherItem(p)) missingComma(p);
      return;
    }
    p.next();
    if (p.at('FROM') || p.atEnd()) {
      // Trailing comma: report it and carry on with the FROM clause.
      p.softError(`${p.describe()}, expected an expression after ','`);
      return;
    }
  }
}

function parseSelectItem(p: Parser): SelectItem {
  const expr = parseExpr(p);
  const item: SelectItem = { kind: 'SelectItem', expr, start: expr.start, end: expr.end };
  if (p.at('AS')) {
    p.next();
    if (p.at('(')) item.aliases = p.identList('a column alias');
    else item.alias = p.ident('a column alias');
  } else if ((p.kind() === 'word' && (!NOT_AN_ALIAS.has(p.peek()) || keywordAsAlias(p))) || p.kind() === 'quoted' || (p.kind() === 'string' && p.dialect !== 'flink')) {
    item.alias = p.kind() === 'string' ? stringAlias(p) : p.identAt(p.take());
  }
  item.end = p.lastEnd;
  return item;
}

/** A keyword the dialect allows as a name, as an alias right before `,` or `FROM` (`SELECT a end, b sort FROM t`). */
function keywordAsAlias(p: Parser): boolean {
  const next = p.peek(1);
  return !p.at('FROM') && softColumn(p.dialect, p.peek()) && (next === ',' || next === 'FROM');
}

/** A name or literal right after `expr alias`: the start of another item whose comma is missing. */
function startsAnotherItem(p: Parser): boolean {
  const k = p.kind();
  return (k === 'word' && !NOT_AN_ALIAS.has(p.peek())) || k === 'quoted' || k === 'number';
}

function missingComma(p: Parser): void {
  if (!p.misspelt(CLAUSE_KEYWORDS)) p.missingComma();
}

/** Hive/Spark allow `SELECT a 'alias'`. */
function stringAlias(p: Parser) {
  const t = p.take();
  return { kind: 'Identifier' as const, name: p.text.slice(t.start + 1, t.end - 1), quoted: true, start: t.start, end: t.end };
}

function parseSelectClauses(p: Parser, select: Select): void {
  if (p.eat('WHERE')) select.where = parseExpr(p);
  if (p.at2('GROUP', 'BY')) select.groupBy = parseGroupBy(p);
  if (p.eat('HAVING')) select.having = parseExpr(p);
  if (p.at('WINDOW')) select.windows = parseWindowClause(p);
  if (p.eat('QUALIFY')) select.qualify = parseExpr(p);
}

function parseGroupBy(p: Parser): GroupBy {
  const start = p.start();
  p.next();
  p.next();
  const items: (Expr | GroupingSets)[] = [];
  const group: GroupBy = { kind: 'GroupBy', items, start, end: start };
  if (atAll(p)) {
    p.next();
    group.all = true;
    group.end = p.lastEnd;
    return group;
  }
  do items.push(parseGroupItem(p));
  while (p.eat(','));
  // Hive: `GROUP BY a, b GROUPING SETS ((a, b), a)` — the sets follow the plain list.
  if (p.at2('GROUPING', 'SETS')) items.push(parseGroupItem(p));
  if (p.at('WITH') && (p.peek(1) === 'ROLLUP' || p.peek(1) === 'CUBE')) {
    p.next();
    group.with = p.peek() as 'ROLLUP' | 'CUBE';
    p.next();
  }
  group.end = p.lastEnd;
  return group;
}

function parseGroupItem(p: Parser): Expr | GroupingSets {
  const start = p.start();
  let type: GroupingSets['type'] | undefined;
  if (p.at2('GROUPING', 'SETS')) {
    p.next();
    type = 'GROUPING SETS';
  } else if ((p.at('ROLLUP') || p.at('CUBE')) && p.peek(1) === '(') type = p.peek() as 'ROLLUP' | 'CUBE';
  if (!type) return parseExpr(p);
  p.next();
  const open = p.start();
  const sets: Expr[][] = [];
  if (p.expect('(')) {
    do sets.push(parseGroupingSet(p));
    while (p.eat(','));
    p.close(open);
  }
  return { kind: 'GroupingSets', type, sets, start, end: p.lastEnd };
}

/** `(a, b)`, `()` or `a`. */
function parseGroupingSet(p: Parser): Expr[] {
  if (!p.at('(')) return [parseExpr(p)];
  const open = p.start();
  p.next();
  const items = p.at(')') ? [] : parseExprList(p);
  p.close(open);
  return items;
}

function parseWindowClause(p: Parser): NamedWindow[] {
  p.next();
  const windows: NamedWindow[] = [];
  do {
    const name = p.ident('a window name');
    if (!name) break;
    p.expect('AS');
    const open = p.start();
    const spec: WindowSpec = { kind: 'WindowSpec', partitionBy: [], orderBy: [], start: open, end: open };
    if (p.expect('(')) {
      parseWindowBody(p, spec);
      p.close(open);
    }
    spec.end = p.lastEnd;
    windows.push({ kind: 'NamedWindow', name, spec, start: name.start, end: p.lastEnd });
  } while (p.eat(','));
  return windows;
}

