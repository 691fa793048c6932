import type { AlterObject, DatabaseStatement, FunctionStatement } from '../ast';
import { createFlags, ifNotExists } from './ddl';
import { parsePartitionSpec } from './dml';
import { missingName } from './misc';
import type { Parser } from './parser';
import { parseProperties, parseStringValue } from './properties';

/** `CREATE [OR REPLACE] [TEMPORARY [SYSTEM]] FUNCTION [IF NOT EXISTS] f AS 'class' [LANGUAGE l] [USING JAR 'x', FILE 'y']`. */
export function parseCreateFunction(p: Parser): FunctionStatement {
  const start = p.start();
  const { temporary } = createFlags(p);
  return parseFunctionTail(p, { action: 'CREATE', start, temporary });
}

/** `ALTER [TEMPORARY [SYSTEM]] FUNCTION [IF EXISTS] f AS 'class' [LANGUAGE l]` (Flink). */
export function parseAlterFunction(p: Parser): FunctionStatement {
  const start = p.start();
  p.next();
  const temporary = p.eat('TEMPORARY');
  return parseFunctionTail(p, { action: 'ALTER', start, temporary });
}

function parseFunctionTail(p: Parser, head: { action: 'CREATE' | 'ALTER'; start: number; temporary: boolean }): FunctionStatement {
  p.eat('SYSTEM');
  p.expect('FUNCTION');
  const notExists = head.action === 'CREATE' ? ifNotExists(p) : ifExists(p);
  const name = p.qualifiedName('a function name') ?? missingName(p);
  const stmt: FunctionStatement = { kind: 'FunctionStatement', ...head, ifNotExists: notExists, name, resources: [], end: head.start };
  if (p.at('(')) {
    // A Spark SQL function `f(x INT) RETURNS ... RETURN expr`: its body is not analysed.
    p.skipToEnd();
    stmt.end = p.lastEnd;
    return stmt;
  }
  if (p.expect('AS')) stmt.className = parseStringValue(p);
  if (p.eat('LANGUAGE')) p.ident('a language');
  if (p.eat('USING')) {
    do {
      const type = p.ident("'JAR', 'FILE' or 'ARCHIVE'")?.name.toUpperCase();
      const uri = type ? parseStringValue(p) : undefined;
      if (type && uri !== undefined) stmt.resources.push({ type, uri });
    } while (p.eat(','));
  }
  stmt.end = p.lastEnd;
  return stmt;
}

function ifExists(p: Parser): boolean {
  if (!p.at2('IF', 'EXISTS')) return false;
  p.next();
  p.next();
  return true;
}

/** `CREATE [REMOTE] DATABASE|SCHEMA|CATALOG [IF NOT EXISTS] name [COMMENT 'c'] [LOCATION 'x'] [WITH DBPROPERTIES (...)] [WITH (...)]`. */
export function parseCreateDatabase(p: Parser): DatabaseStatement {
  const start = p.start();
  p.next();
  if (p.dialect === 'hive') p.eat('REMOTE');
  const stmt = databaseHead(p, 'CREATE', start);
  stmt.ifNotExists = ifNotExists(p);
  stmt.name = p.qualifiedName('a name') ?? missingName(p);
  while (!p.atEnd() && parseDatabaseClause(p, stmt));
  stmt.end = p.lastEnd;
  return stmt;
}

/** `ALTER DATABASE|SCHEMA|CATALOG name SET DBPROPERTIES|LOCATION|OWNER|(...) ...`, `RESET (...)`, Spark `UNSET DBPROPERTIES (keys)`, `COMMENT 'c'`. */
export function parseAlterDatabase(p: Parser): DatabaseStatement {
  const start = p.start();
  p.next();
  const stmt = databaseHead(p, 'ALTER', start);
  stmt.name = p.qualifiedName('a name') ?? missingName(p);
  if (p.eat('SET')) parseDatabaseSet(p, stmt);
  else if (p.eat('RESET')) parseProperties(p);
  else if (p.dialect === 'spark' && p.eat('UNSET')) {
    if (p.eat('DBPROPERTIES') || p.expect('PROPERTIES')) parseProperties(p);
  }
  else if (p.at('COMMENT')) parseDatabaseClause(p, stmt);
  else p.unexpected("'SET', 'RESET' or 'COMMENT'", ['SET', 'RESET', 'COMMENT']);
  stmt.end = p.lastEnd;
  return stmt;
}

function databaseHead(p: Parser, action: 'CREATE' | 'ALTER', start: number): DatabaseStatement {
  const objectType = p.at('CATALOG') ? 'CATALOG' : 'DATABASE';
  p.next();
  return { kind: 'DatabaseStatement', action, objectType, ifNotExists: false, name: missingName(p), properties: [], start, end: start };
}

function parseDatabaseClause(p: Parser, stmt: DatabaseStatement): boolean {
  if (p.eat('COMMENT')) stmt.comment = parseStringValue(p);
  else if (p.eat('LOCATION') || p.eat('MANAGEDLOCATION')) stmt.location = parseStringValue(p) ?? stmt.location;
  // Hive `CREATE REMOTE DATABASE db USING connector`: the data connector it mirrors.
  else if (p.dialect === 'hive' && p.eat('USING')) p.ident('a connector name');
  else if (p.eat('WITH')) {
    p.eat('DBPROPERTIES');
    stmt.properties = parseProperties(p);
  } else {
    p.unexpected("'COMMENT', 'LOCATION' or 'WITH'", ['COMMENT', 'LOCATION', 'WITH']);
    return false;
  }
  return true;
}

function parseDatabaseSet(p: Parser, stmt: DatabaseStatement): void {
  if (p.eat('DBPROPERTIES') || p.eat('PROPERTIES') || p.at('(')) stmt.properties = parseProperties(p);
  else if (p.eat('LOCATION') || p.eat('MANAGEDLOCATION')) stmt.location = parseStringValue(p);
  else if (p.eat('OWNER')) {
    if (p.at('USER') || p.at('ROLE') || p.at('GROUP')) p.next();
    p.ident('an owner name');
  } else p.unexpected("'DBPROPERTIES', 'LOCATION', 'OWNER' or '('", ['DBPROPERTIES', 'LOCATION', 'OWNER']);
}

/** Hive `ALTER INDEX i ON t [PARTITION (...)] REBUILD`, `ALTER MATERIALIZED VIEW mv REBUILD | ENABLE|DISABLE REWRITE`. */
export function parseAlterObject(p: Parser): AlterObject {
  const start = p.start();
  p.next();
  const index = p.eat('INDEX');
  if (!index) {
    p.next(); // MATERIALIZED
    p.expect('VIEW');
  }
  const name = p.qualifiedName(index ? 'an index name' : 'a view name') ?? missingName(p);
  const stmt: AlterObject = { kind: 'AlterObject', objectType: index ? 'INDEX' : 'MATERIALIZED VIEW', name, action: '', start, end: start };
  if (index && p.expect('ON')) {
    stmt.table = p.qualifiedName('a table name');
    if (p.eat('PARTITION')) parsePartitionSpec(p);
  }
  const actions = index ? ['REBUILD'] : ['REBUILD', 'ENABLE', 'DISABLE'];
  if (actions.includes(p.peek())) {
    stmt.action = p.peek();
    p.next();
    if (stmt.action !== 'REBUILD') p.expect('REWRITE');
  } else p.unexpected(actions.map((a) => `'${a}'`).join(' or '), actions);
  stmt.end = p.lastEnd;
  return stmt;
}
