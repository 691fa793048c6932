import type { ColumnRef, Identifier, Pivot, PivotValue, Relation, SelectItem, Unpivot, UnpivotColumn } from '../ast';
import { parseExpr } from './expressions';
import { NOT_AN_ALIAS } from './keywords';
import type { Parser } from './parser';

/** True at a Spark `PIVOT (` or `UNPIVOT` that extends the relation before it. */
export function atPivot(p: Parser): boolean {
  if (p.dialect !== 'spark') return false;
  return (p.at('PIVOT') && p.peek(1) === '(') || (p.at('UNPIVOT') && (p.peek(1) === '(' || p.peek(2) === 'NULLS'));
}

/** Wraps `source` in the PIVOT or UNPIVOT at the cursor. */
export function parsePivot(p: Parser, source: Relation): Pivot | Unpivot {
  return p.at('PIVOT') ? parsePivotClause(p, source) : parseUnpivotClause(p, source);
}

/** `PIVOT (agg [AS a], ... FOR col | (c1, c2) IN (value [AS a], ...))`. */
function parsePivotClause(p: Parser, source: Relation): Pivot {
  p.next();
  const pivot: Pivot = { kind: 'Pivot', source, aggregates: [], forColumns: [], values: [], start: source.start, end: source.end };
  const open = p.start();
  p.next();
  do pivot.aggregates.push(aggregate(p));
  while (p.eat(','));
  if (p.expect('FOR')) {
    pivot.forColumns = p.at('(') ? p.identList() : identOrNone(p, 'a pivot column');
    if (p.expect('IN')) pivot.values = parenthesised(p, pivotValue);
  }
  if (p.close(open)) pivot.alias = optionalAlias(p);
  pivot.end = p.lastEnd;
  return pivot;
}

function aggregate(p: Parser): SelectItem {
  const expr = parseExpr(p);
  return { kind: 'SelectItem', expr, alias: optionalAlias(p), start: expr.start, end: p.lastEnd };
}

function pivotValue(p: Parser): PivotValue {
  const expr = parseExpr(p);
  return { kind: 'PivotValue', expr, alias: optionalAlias(p), start: expr.start, end: p.lastEnd };
}

/** `UNPIVOT [INCLUDE|EXCLUDE NULLS] (v | (v1, v2) FOR name IN (col [AS a] | (c1, c2) [AS a], ...)) [[AS] alias]`. */
function parseUnpivotClause(p: Parser, source: Relation): Unpivot {
  p.next();
  const unpivot: Unpivot = { kind: 'Unpivot', source, valueColumns: [], nameColumn: missingIdent(p), columns: [], start: source.start, end: source.end };
  if ((p.at('INCLUDE') || p.at('EXCLUDE')) && p.peek(1) === 'NULLS') {
    unpivot.nulls = p.peek() as 'INCLUDE' | 'EXCLUDE';
    p.next();
    p.next();
  }
  const open = p.start();
  if (p.expect('(')) {
    unpivot.valueColumns = p.at('(') ? p.identList('a value column') : identOrNone(p, 'a value column');
    if (p.expect('FOR')) {
      unpivot.nameColumn = p.ident('a name column') ?? missingIdent(p);
      if (p.expect('IN')) unpivot.columns = parenthesised(p, unpivotColumn);
    }
    p.close(open);
    unpivot.alias = optionalAlias(p);
  }
  unpivot.end = p.lastEnd;
  return unpivot;
}

function unpivotColumn(p: Parser): UnpivotColumn {
  const start = p.start();
  const columns = p.at('(') ? parenthesised(p, columnRef) : [columnRef(p)];
  return { kind: 'UnpivotColumn', columns, alias: optionalAlias(p), start, end: p.lastEnd };
}

function columnRef(p: Parser): ColumnRef {
  const start = p.start();
  const name = p.qualifiedName('a column name');
  return { kind: 'ColumnRef', parts: name?.parts ?? [], start, end: p.lastEnd };
}

/** `(item, item, ...)` with at least one item. */
function parenthesised<T>(p: Parser, item: (p: Parser) => T): T[] {
  const open = p.start();
  const out: T[] = [];
  if (!p.expect('(')) return out;
  do out.push(item(p));
  while (p.eat(','));
  p.close(open);
  return out;
}

function identOrNone(p: Parser, what: string): Identifier[] {
  const id = p.ident(what);
  return id ? [id] : [];
}

/** `[AS] alias`; a bare word that continues the query (`FOR`, `WHERE`, `JOIN`, ...) is no alias. */
function optionalAlias(p: Parser): Identifier | undefined {
  if (p.eat('AS')) return p.ident('an alias');
  if (p.kind() === 'quoted' || (p.kind() === 'word' && !NOT_AN_ALIAS.has(p.peek()))) return p.identAt(p.take());
  return undefined;
}

function missingIdent(p: Parser): Identifier {
  const at = p.start();
  return { kind: 'Identifier', name: '', quoted: false, start: at, end: at };
}
