import type { Assignment, Delete, Expr, Identifier, QualifiedName, Update } from '../ast';
import { errorExpr, parseExpr } from './expressions';
import { NOT_AN_ALIAS } from './keywords';
import { missingName } from './misc';
import type { Parser } from './parser';

/** `UPDATE t [[AS] a] SET c = e, ... [WHERE cond]`. */
export function parseUpdate(p: Parser): Update {
  const start = p.start();
  p.next();
  const table = p.qualifiedName('a table name') ?? missingName(p);
  const stmt: Update = { kind: 'Update', table, alias: tableAlias(p), assignments: [], start, end: start };
  if (p.expect('SET')) stmt.assignments = parseAssignments(p);
  stmt.where = parseWhere(p);
  stmt.end = p.lastEnd;
  return stmt;
}

/** `DELETE FROM t [[AS] a] [WHERE cond]`. */
export function parseDelete(p: Parser): Delete {
  const start = p.start();
  p.next();
  p.expect('FROM');
  const table: QualifiedName = p.qualifiedName('a table name') ?? missingName(p);
  const stmt: Delete = { kind: 'Delete', table, alias: tableAlias(p), start, end: start };
  stmt.where = parseWhere(p);
  stmt.end = p.lastEnd;
  return stmt;
}

function tableAlias(p: Parser): Identifier | undefined {
  if (p.eat('AS')) return p.ident('an alias');
  return p.atIdent() && !NOT_AN_ALIAS.has(p.peek()) && !p.at('WHERE') ? p.identAt(p.take()) : undefined;
}

function parseWhere(p: Parser): Expr | undefined {
  if (p.eat('WHERE')) return parseExpr(p);
  if (!p.atEnd()) p.unexpected("'WHERE' or ';'", ['WHERE']);
  return undefined;
}

/** `c = e, s.f = e, ...` (a dotted column sets a struct field). */
export function parseAssignments(p: Parser): Assignment[] {
  const out: Assignment[] = [];
  do {
    const column: Identifier[] = [];
    do {
      const id = p.ident('a column name');
      if (!id) return out;
      column.push(id);
    } while (p.eat('.'));
    const value: Expr = p.expect('=') ? parseExpr(p) : errorExpr(p);
    out.push({ column, value });
  } while (p.eat(','));
  return out;
}
