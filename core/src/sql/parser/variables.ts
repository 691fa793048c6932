import type { DeclareVariable, ExecuteImmediate, Expr, QualifiedName, SetVariable } from '../ast';
import { parseExpr } from './expressions';
import { missingName } from './misc';
import type { Parser } from './parser';
import { parseDataType } from './types';

/** True at Spark's SQL-scripting variable statements: `DECLARE ...`, `SET VAR|VARIABLE ...`, `EXECUTE IMMEDIATE ...`. */
export function atVariableStatement(p: Parser): boolean {
  if (p.dialect !== 'spark') return false;
  const w = p.peek();
  if (w === 'DECLARE') return p.kind(1) === 'word' || p.kind(1) === 'quoted';
  // `SET var = 1` and `SET var.x = 1` set configuration keys named var.
  if (w === 'SET') return (p.peek(1) === 'VAR' || p.peek(1) === 'VARIABLE') && (p.kind(2) === 'word' || p.kind(2) === 'quoted' || p.peek(2) === '(');
  return w === 'EXECUTE' && p.peek(1) === 'IMMEDIATE';
}

/** Parses the statement `atVariableStatement` found. */
export function parseVariableStatement(p: Parser): DeclareVariable | SetVariable | ExecuteImmediate {
  const w = p.peek();
  if (w === 'DECLARE') return parseDeclare(p);
  if (w === 'SET') return parseSetVariable(p);
  return parseExecuteImmediate(p);
}

/** `DECLARE [OR REPLACE] [VARIABLE] v [type] [DEFAULT | = expr]`; `VARIABLE` is the name when nothing named follows it. */
function parseDeclare(p: Parser): DeclareVariable {
  const start = p.start();
  p.next();
  const orReplace = p.at2('OR', 'REPLACE');
  if (orReplace) {
    p.next();
    p.next();
  }
  if (p.at('VARIABLE') && (p.kind(1) === 'word' || p.kind(1) === 'quoted') && p.peek(1) !== 'DEFAULT') p.next();
  const stmt: DeclareVariable = { kind: 'DeclareVariable', orReplace, name: variableName(p), start, end: start };
  if (!p.atEnd() && !p.at('DEFAULT') && !p.at('=')) stmt.type = parseDataType(p);
  if (p.eat('DEFAULT') || p.eat('=')) stmt.default = parseExpr(p);
  stmt.end = p.lastEnd;
  return stmt;
}

/** `SET VAR v = expr [, w = expr]` or `SET VAR (v, w) = (query)`; a value may be `DEFAULT`. */
function parseSetVariable(p: Parser): SetVariable {
  const start = p.start();
  p.next();
  p.next();
  const stmt: SetVariable = { kind: 'SetVariable', names: [], values: [], start, end: start };
  if (p.at('(')) {
    const open = p.start();
    p.next();
    stmt.names = variableNames(p);
    p.close(open);
    if (p.expect('=')) stmt.values.push(parseExpr(p));
  } else {
    do {
      stmt.names.push(variableName(p));
      if (!p.expect('=')) break;
      stmt.values.push(parseExpr(p));
    } while (p.eat(','));
  }
  stmt.end = p.lastEnd;
  return stmt;
}

/** `EXECUTE IMMEDIATE sql [INTO v, ...] [USING expr [AS name], ...]`. */
function parseExecuteImmediate(p: Parser): ExecuteImmediate {
  const start = p.start();
  p.next();
  p.next();
  const stmt: ExecuteImmediate = { kind: 'ExecuteImmediate', sql: parseExpr(p), into: [], using: [], start, end: start };
  if (p.eat('INTO')) stmt.into = variableNames(p);
  if (p.eat('USING')) {
    do stmt.using.push(usingArg(p));
    while (p.eat(','));
  }
  stmt.end = p.lastEnd;
  return stmt;
}

/** A `USING` argument, named as the query's `:name` parameter with `AS name` (a `NamedArg`). */
function usingArg(p: Parser): Expr {
  const value = parseExpr(p);
  if (!p.eat('AS')) return value;
  const name = p.ident('a parameter name');
  return name ? { kind: 'NamedArg', name, value, start: value.start, end: p.lastEnd } : value;
}

function variableNames(p: Parser): QualifiedName[] {
  const names: QualifiedName[] = [];
  do names.push(variableName(p));
  while (p.eat(','));
  return names;
}

/** A variable's (possibly `system.session.`-qualified) name; an empty name at the cursor when missing. */
function variableName(p: Parser): QualifiedName {
  return p.qualifiedName('a variable name') ?? missingName(p);
}
