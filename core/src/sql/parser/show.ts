import type { ShowStatement } from '../ast';
import { skipParens } from './ddl';
import { parsePartitionSpec } from './dml';
import { parseExpr } from './expressions';
import type { Parser } from './parser';
import { parseProperties, parseStringValue } from './properties';
import { parseOrderItems } from './windows';

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
  const shape = SHOW_PHRASES[stmt.what] ?? 'rest';
  if (shape === 'object') parseShowObject(p, stmt);
  else if (shape === 'list') parseShowList(p, stmt);
  else if (shape === 'rest') p.skipToEnd();
  stmt.end = p.lastEnd;
  return stmt;
}

/**
 * Consumes the longest phrase at the cursor. A word that misspells what could come there
 * (`SHOW TABLS`, `SHOW CREATE TABEL t`) is an error; another word names a listing we do not know
 * (`SHOW PROCESSLIST`, `SHOW CONNECTORS`): it is kept as the phrase and the rest is skipped.
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
  if (words.length > 0 || p.kind() !== 'word' || p.misspelt(next)) {
    if (!p.halted) p.unexpected(`what to show (${next.slice(0, 6).join(', ')}, ...)`, next);
    return what;
  }
  return p.peek();
}

function parseShowObject(p: Parser, stmt: ShowStatement): void {
  if (stmt.what.includes('INDEX')) p.expect('ON');
  else if (stmt.what === 'COLUMNS' && !p.eat('IN')) p.expect('FROM');
  stmt.name = p.qualifiedName('a name');
  if (stmt.what === 'COLUMNS') parseShowList(p, stmt);
  else if (stmt.what.includes('INDEX') && (p.eat('FROM') || p.eat('IN'))) stmt.database = p.qualifiedName('a database name');
  else if (stmt.what === 'PARTITIONS') parsePartitionFilters(p);
  else if (stmt.what === 'TBLPROPERTIES' && p.at('(')) parseProperties(p);
  else if (stmt.what.startsWith('CREATE') && p.eat('AS')) p.expect('SERDE');
}

/** `[IN|FROM db] [[NOT] LIKE|ILIKE] ['pattern' | name] [PARTITION (...)]`. */
function parseShowList(p: Parser, stmt: ShowStatement): void {
  if (p.eat('IN') || p.eat('FROM')) {
    // Spark `IN IDENTIFIER('db' || x)`: a name computed at run time, so no database is known.
    if (p.dialect === 'spark' && p.at2('IDENTIFIER', '(')) {
      p.next();
      skipParens(p);
    } else stmt.database = p.qualifiedName('a database name');
  }
  p.eat('NOT');
  const like = p.eat('LIKE') || p.eat('ILIKE');
  if (p.kind() === 'string') stmt.pattern = parseStringValue(p);
  // Spark `SHOW FUNCTIONS trim`, Hive `SHOW TABLE EXTENDED LIKE part_table`: a bare name as the pattern.
  else if (p.atIdent() && (like || !p.at('PARTITION'))) stmt.pattern = p.qualifiedName('a pattern')?.parts.map((x) => x.name).join('.');
  if (p.eat('PARTITION')) parsePartitionSpec(p);
}

/** Hive 4 `SHOW PARTITIONS t [PARTITION (...)] [WHERE cond] [ORDER BY ...] [LIMIT n]`. */
function parsePartitionFilters(p: Parser): void {
  if (p.eat('PARTITION')) parsePartitionSpec(p);
  if (p.eat('WHERE')) parseExpr(p);
  if (p.at2('ORDER', 'BY')) {
    p.next();
    p.next();
    parseOrderItems(p);
  }
  if (p.eat('LIMIT')) parseExpr(p);
}
