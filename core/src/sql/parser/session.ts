import type { Identifier, SessionStatement } from '../ast';
import type { Parser } from './parser';
import { parseProperties, parseStringValue } from './properties';
import { stringValue } from './types';

/**
 * True at a session command (see `SessionStatement`). Hive's `LOAD DATA` and Spark's `ADD FILE`
 * are not: only the jar and module forms, and `RESET`.
 */
export function atSessionStatement(p: Parser): boolean {
  const w = p.peek();
  const next = p.peek(1);
  if (w === 'RESET') return true;
  // `ADD JAR WITH path AS name` is a DTStack platform extension the reference grammar knows: kept opaque.
  if (w === 'ADD') return (next === 'JAR' || next === 'JARS') && p.peek(2) !== 'WITH';
  if (p.dialect !== 'flink') return false;
  if (w === 'REMOVE') return next === 'JAR';
  if (w === 'LOAD' || w === 'UNLOAD') return next === 'MODULE';
  if (w === 'USE') return next === 'MODULES';
  if (w === 'SHOW') return next === 'JARS' || next === 'MODULES' || (next === 'FULL' && p.peek(2) === 'MODULES');
  return false;
}

/** Parses the session command `atSessionStatement` saw. */
export function parseSessionStatement(p: Parser): SessionStatement {
  const start = p.start();
  const w = p.peek();
  p.next();
  const stmt: SessionStatement = { kind: 'SessionStatement', action: 'RESET', modules: [], options: [], full: false, start, end: start };
  if (w === 'RESET') stmt.key = rawRest(p);
  else if (w === 'ADD' || w === 'REMOVE') {
    p.next();
    stmt.action = w === 'ADD' ? 'ADD JAR' : 'REMOVE JAR';
    stmt.path = jarPath(p);
  } else if (w === 'SHOW') {
    stmt.full = p.eat('FULL');
    stmt.action = p.at('JARS') ? 'SHOW JARS' : 'SHOW MODULES';
    p.next();
  } else parseModules(p, w, stmt);
  stmt.end = p.lastEnd;
  return stmt;
}

/** `LOAD MODULE m [WITH (...)]`, `UNLOAD MODULE m`, `USE MODULES a, b`; the cursor is after the first word. */
function parseModules(p: Parser, w: string, stmt: SessionStatement): void {
  p.next();
  stmt.action = w === 'USE' ? 'USE MODULES' : w === 'LOAD' ? 'LOAD MODULE' : 'UNLOAD MODULE';
  do {
    const id = p.kind() === 'string' ? stringModule(p) : p.ident('a module name');
    if (!id) return;
    stmt.modules.push(id);
  } while (w === 'USE' && p.eat(','));
  if (w === 'LOAD' && p.eat('WITH')) stmt.options = parseProperties(p);
}

/** `LOAD MODULE 'dummy'`: a module named by a string, kept as a quoted identifier. */
function stringModule(p: Parser): Identifier {
  const { start, end } = p.token();
  const name = parseStringValue(p) ?? '';
  return { kind: 'Identifier', name, quoted: true, start, end };
}

/** Flink takes one string literal; Spark and Hive also a bare path (`ADD JAR /tmp/u.jar`) or several (`ADD JARS 'a' 'b'`, kept as written). */
function jarPath(p: Parser): string | undefined {
  if (p.dialect === 'flink' || (p.kind() === 'string' && (p.kind(1) === 'eof' || p.peek(1) === ';'))) return parseStringValue(p);
  return rawRest(p);
}

/** The rest of the statement as written (unquoted when it is one string), or undefined when empty. */
function rawRest(p: Parser): string | undefined {
  const from = p.start();
  if (p.atEnd()) return undefined;
  while (!p.atEnd()) p.next();
  const raw = p.text.slice(from, p.lastEnd);
  const c = raw[0];
  if (raw.length >= 2 && (c === "'" || c === '"') && raw[raw.length - 1] === c && !raw.slice(1, -1).includes(c)) return stringValue(raw, p.dialect !== 'flink');
  return raw;
}
