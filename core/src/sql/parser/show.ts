import type { DescribeStatement, QualifiedName, ShowStatement } from '../ast';
import { parsePartitionSpec } from './dml';
import type { Parser } from './parser';
import { parseStringValue } from './properties';
import { parseQuery, startsQuery } from './queries';

/**
 * What follows each `SHOW` phrase: `object` names a table, view or function (`SHOW PARTITIONS t`);
 * `list` lists objects (`SHOW TABLES [IN db] [LIKE 'x']`); `rest` takes arguments we keep as text
 * (`SHOW GRANT ...`, `SHOW CONF 'k'`); `none` takes nothing.
 */
const SHOW_PHRASES: Record<string, 'object' | 'list' | 'rest' | 'none'> = {
  'TABLES': 'list', 'TABLE EXTENDED': 'list', 'VIEWS': 'list', 'MATERIALIZED VIEWS': 'list', 'DATABASES': 'list',
  'SCHEMAS': 'list', 'FUNCTIONS': 'list', 'USER FUNCTIONS': 'list', 'SYSTEM FUNCTIONS': 'list', 'ALL FUNCTIONS': 'list',
  'CATALOGS': 'list', 'JARS': 'none', 'MODULES': 'none', 'FULL MODULES': 'none', 'JOBS': 'none',
  'CURRENT CATALOG': 'none', 'CURRENT DATABASE': 'none', 'CURRENT ROLES': 'none', 'ROLES': 'none', 'PRINCIPALS': 'rest',
  'TRANSACTIONS': 'none', 'COMPACTIONS': 'rest', 'GRANT': 'rest', 'ROLE GRANT': 'rest', 'CONF': 'rest', 'LOCKS': 'rest',
  'PARTITIONS': 'object', 'COLUMNS': 'object', 'CREATE TABLE': 'object', 'CREATE VIEW': 'object',
  'CREATE MATERIALIZED VIEW': 'object', 'CREATE CATALOG': 'object', 'CREATE FUNCTION': 'object', 'TBLPROPERTIES': 'object',
  'TABLE STATUS': 'list', 'INDEX': 'object', 'INDEXES': 'object', 'FORMATTED INDEX': 'object', 'FORMATTED INDEXES': 'object',
};

/** Every leading part of a phrase (`CREATE`, `CREATE MATERIALIZED`, ...). */
const SHOW_PREFIXES = new Set(Object.keys(SHOW_PHRASES).flatMap((k) => k.split(' ').map((_, i, w) => w.slice(0, i + 1).join(' '))));

/** `SHOW <phrase> ...`: the phrase, then the object, database filter and pattern where the phrase has them. */
export function parseShow(p: Parser): ShowStatement {
  const start = p.start();
  p.next();
  const stmt: ShowStatement = { kind: 'ShowStatement', what: showPhrase(p), start, end: start };
  const shape = SHOW_PHRASES[stmt.what];
  if (shape === 'object') parseShowObject(p, stmt);
  else if (shape === 'list') parseShowList(p, stmt);
  else if (shape === 'rest') p.skipToEnd();
  stmt.end = p.lastEnd;
  return stmt;
}

/**
 * Consumes the longest phrase at the cursor. A phrase left unfinished (`SHOW CREATE TABEL t`) is an
 * error at the word that breaks it, with the words that could come there as suggestions.
 */
function showPhrase(p: Parser): string {
  let what = '';
  let best = '';
  let bestLength = 0;
  for (let k = 0; p.kind(k) === 'word'; k++) {
    const longer = what ? `${what} ${p.peek(k)}` : p.peek(k);
    if (!SHOW_PREFIXES.has(longer)) break;
    what = longer;
    if (SHOW_PHRASES[what]) [best, bestLength] = [what, k + 1];
  }
  if (best) {
    for (let k = 0; k < bestLength; k++) p.next();
    return best;
  }
  const words = what ? what.split(' ') : [];
  words.forEach(() => p.next());
  const prefix = what ? `${what} ` : '';
  const next = [...SHOW_PREFIXES].filter((ph) => ph.startsWith(prefix) && ph.split(' ').length === words.length + 1).map((ph) => ph.split(' ')[words.length]);
  p.unexpected(`what to show (${next.slice(0, 6).join(', ')}, ...)`, next);
  return what;
}

function parseShowObject(p: Parser, stmt: ShowStatement): void {
  if (stmt.what.includes('INDEX')) p.expect('ON');
  else if (stmt.what === 'COLUMNS' && !p.eat('IN')) p.expect('FROM');
  stmt.name = p.qualifiedName('a name');
  if (stmt.what === 'COLUMNS' && (p.eat('IN') || p.eat('FROM'))) stmt.database = p.qualifiedName('a database name');
  if (stmt.what === 'PARTITIONS' && p.eat('PARTITION')) parsePartitionSpec(p);
  if (stmt.what === 'TBLPROPERTIES' && p.at('(')) {
    const open = p.start();
    p.next();
    parseStringValue(p);
    p.close(open);
  }
  if (stmt.what.startsWith('CREATE') && p.eat('AS')) p.expect('SERDE');
}

function parseShowList(p: Parser, stmt: ShowStatement): void {
  if (p.eat('IN') || p.eat('FROM')) stmt.database = p.qualifiedName('a database name');
  p.eat('NOT');
  if (p.eat('LIKE') || p.eat('ILIKE') || p.kind() === 'string') stmt.pattern = parseStringValue(p);
  if (p.eat('PARTITION')) parsePartitionSpec(p);
}

const DESCRIBE_OBJECTS: Record<string, DescribeStatement['objectType']> = {
  TABLE: 'TABLE', DATABASE: 'DATABASE', SCHEMA: 'DATABASE', FUNCTION: 'FUNCTION', CATALOG: 'CATALOG', QUERY: 'QUERY',
};

/** `DESCRIBE|DESC [EXTENDED|FORMATTED] [TABLE|DATABASE|SCHEMA|FUNCTION|CATALOG|QUERY] name [PARTITION (...)] [col]`. */
export function parseDescribe(p: Parser): DescribeStatement {
  const start = p.start();
  p.next();
  const stmt: DescribeStatement = { kind: 'DescribeStatement', objectType: 'TABLE', partition: [], start, end: start };
  modifier(p, stmt);
  const objectType = DESCRIBE_OBJECTS[p.peek()];
  if (objectType && p.kind(1) !== 'eof' && p.peek(1) !== ';' && p.peek(1) !== '.') {
    stmt.objectType = objectType;
    p.next();
    modifier(p, stmt);
  }
  if (stmt.objectType === 'QUERY' || (stmt.objectType === 'TABLE' && startsQuery(p))) {
    stmt.objectType = 'QUERY';
    stmt.query = parseQuery(p);
  } else stmt.name = p.qualifiedName('a name');
  if (stmt.objectType === 'TABLE') describeTableTail(p, stmt);
  stmt.end = p.lastEnd;
  return stmt;
}

function modifier(p: Parser, stmt: DescribeStatement): void {
  if ((p.at('EXTENDED') || p.at('FORMATTED')) && p.kind(1) !== 'eof' && p.peek(1) !== ';') {
    stmt.modifier = p.peek() as 'EXTENDED' | 'FORMATTED';
    p.next();
  }
}

function describeTableTail(p: Parser, stmt: DescribeStatement): void {
  if (p.eat('PARTITION')) stmt.partition = parsePartitionSpec(p);
  if (p.atIdent()) stmt.column = p.qualifiedName('a column name') as QualifiedName;
}
