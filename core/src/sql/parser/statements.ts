import type { OpaqueStatement, QueryStatement, Statement } from '../ast';
import { parseCache } from './cache';
import { atCommand, parseAnalyze, parseCommand } from './commands';
import { parseCreateTable } from './ddl';
import { parseCreateView } from './views';
import { parseFromFirst, parseInsert, parseInsertStatement, parseMerge } from './dml';
import { OPAQUE_KEYWORDS, OPAQUE_LEADS, STATEMENT_KEYWORDS } from './keywords';
import { parseLoadData } from './load';
import { parseAlterTable, parseDrop, parseSet, parseTruncate, parseUse } from './misc';
import { parseAlterDatabase, parseAlterFunction, parseAlterObject, parseCreateDatabase, parseCreateFunction } from './objects';
import type { Parser } from './parser';
import { parseQuery, parseWith, startsQuery } from './queries';
import { parseDelete, parseUpdate } from './rows';
import { parseDescribe } from './describe';
import { parseShow } from './show';
import { atSessionStatement, parseSessionStatement } from './session';
import { atFlinkExecution, parseFlinkExecution, parseStatementSet } from './statement-set';
import { misspeltKeyword } from '../../text/misspelt';
import { atMapReduce } from './transform';
import { atVariableStatement, parseVariableStatement } from './variables';

/** Parses one statement at the cursor; undefined when nothing statement-like is there (error recorded). */
export function parseStatement(p: Parser): Statement | undefined {
  const w = p.peek();
  if (atSessionStatement(p)) return parseSessionStatement(p);
  if (atVariableStatement(p)) return parseVariableStatement(p);
  if (atFlinkExecution(p)) return parseFlinkExecution(p);
  switch (w) {
    case 'SELECT':
    case 'VALUES':
    case '(':
      return queryStatement(p, p.start(), false);
    case 'WITH':
      return parseWithStatement(p);
    case 'INSERT':
      return parseInsertStatement(p);
    case 'FROM':
      return parseFromFirst(p, p.start());
    case 'CREATE':
      return parseCreate(p);
    case 'SET':
      return parseSet(p);
    case 'USE':
      return parseUse(p);
    case 'DROP':
      return parseDrop(p);
    case 'TRUNCATE':
      return parseTruncate(p);
    case 'ALTER':
      return parseAlter(p);
    case 'UPDATE':
      return parseUpdate(p);
    case 'DELETE':
      return parseDelete(p);
    case 'SHOW':
      return parseShow(p);
    case 'DESCRIBE':
    case 'DESC':
      return parseDescribe(p);
    case 'ANALYZE':
      return parseAnalyze(p);
    case 'LOAD':
      if (p.peek(1) === 'DATA') return parseLoadData(p);
      break;
    case 'ADD':
      if (!atCommand(p) && p.peek(1) !== 'JAR' && p.peek(1) !== 'JARS') return unknownAddition(p);
      break;
    case 'MERGE':
      return parseMerge(p);
    case 'EXPLAIN':
      return parseExplain(p);
    case 'CACHE':
      return parseCache(p);
    case 'MAP':
    case 'REDUCE':
    case 'TABLE':
      if (startsQuery(p) || atMapReduce(p)) return queryStatement(p, p.start(), false);
      break;
    case 'EXECUTE':
    case 'BEGIN':
      if (p.peek(1) === 'STATEMENT' || p.peek(2) === 'STATEMENT') return parseStatementSet(p);
  }
  if (atCommand(p)) return parseCommand(p);
  if (p.kind() === 'word' && OPAQUE_LEADS.has(w)) return parseOpaque(p);
  return parseMisspelt(p);
}

/**
 * A statement whose first word misspells a statement keyword (`CREAT VIEW v AS ...`) gets its one
 * error there, then is parsed as the statement it was meant to be, so that what it declares is
 * known to the statements after it (with an open shape, as for any broken statement) instead of
 * cascading into unknown-table errors. Errors of that second reading are follow-ups and dropped.
 */
function parseMisspelt(p: Parser): Statement | undefined {
  const at = p.pos;
  const offset = p.start();
  const intended = p.kind() === 'word' ? misspeltKeyword(p.peek(), STATEMENT_KEYWORDS) : undefined;
  const errors = p.errors.length;
  p.unexpected('a statement', STATEMENT_KEYWORDS);
  const reported = p.errors[errors];
  if (!intended || !reported || reported.start !== offset) return undefined;
  p.halted = false;
  p.up[at] = intended;
  const stmt = parseStatement(p);
  p.errors.length = errors + 1;
  p.halted = true;
  return stmt;
}

/** `ADD FIEL x`: what ADD adds is misspelt or unknown. */
function unknownAddition(p: Parser): undefined {
  p.next();
  p.unexpected("'JAR', 'FILE' or 'ARCHIVE'", ['JAR', 'JARS', 'FILE', 'FILES', 'ARCHIVE', 'ARCHIVES']);
  return undefined;
}

function queryStatement(p: Parser, start: number, explain: boolean): QueryStatement {
  const query = parseQuery(p);
  return { kind: 'QueryStatement', query, explain, start, end: p.lastEnd };
}

/** `WITH ... SELECT`, `WITH ... INSERT ...`, `WITH ... FROM src INSERT ...`. */
function parseWithStatement(p: Parser): Statement {
  const start = p.start();
  const withClause = parseWith(p);
  if (p.at('INSERT')) {
    const insert = parseInsert(p);
    insert.query.with = withClause;
    insert.start = start;
    return insert;
  }
  if (p.at('FROM')) return parseFromFirst(p, start, withClause);
  const query = parseQuery(p, withClause);
  return { kind: 'QueryStatement', query, explain: false, start, end: p.lastEnd };
}

/** What can follow CREATE [flags]; the objects kept opaque are Hive's rarely scripted ones. */
const CREATE_FLAGS = ['OR', 'REPLACE', 'TEMPORARY', 'TEMP', 'EXTERNAL', 'GLOBAL', 'MATERIALIZED', 'TRANSACTIONAL', 'SYSTEM'];
/** Hive 4 `CREATE MANAGED TABLE` and `CREATE REMOTE DATABASE|SCHEMA` (over a data connector). */
const HIVE_CREATE_FLAGS = ['MANAGED', 'REMOTE'];
const CREATE_OBJECTS = ['TABLE', 'VIEW', 'FUNCTION', 'DATABASE', 'SCHEMA', 'CATALOG', 'INDEX', 'MACRO', 'ROLE', 'SCHEDULED', 'CONNECTOR', 'DATACONNECTOR'];

function parseCreate(p: Parser): Statement {
  let k = 1;
  while (CREATE_FLAGS.includes(p.peek(k)) || (p.dialect === 'hive' && HIVE_CREATE_FLAGS.includes(p.peek(k)))) k++;
  const what = p.peek(k);
  if (what === 'TABLE') return parseCreateTable(p);
  if (what === 'VIEW') return parseCreateView(p);
  if (what === 'FUNCTION') return parseCreateFunction(p);
  if (what === 'DATABASE' || what === 'SCHEMA' || what === 'CATALOG') return parseCreateDatabase(p);
  if (CREATE_OBJECTS.includes(what)) return parseOpaque(p);
  const start = p.start();
  for (let i = 0; i < k; i++) p.next();
  p.unexpected(`what to create (${CREATE_OBJECTS.slice(0, 6).join(', ')}, ...)`, CREATE_OBJECTS);
  return { kind: 'OpaqueStatement', keyword: 'CREATE', start, end: p.lastEnd };
}

/** ALTER TABLE|VIEW, DATABASE|SCHEMA|CATALOG, [TEMPORARY] FUNCTION, INDEX, MATERIALIZED VIEW. */
function parseAlter(p: Parser): Statement {
  const what = p.peek(1);
  if (what === 'DATABASE' || what === 'SCHEMA' || what === 'CATALOG') return parseAlterDatabase(p);
  if (what === 'FUNCTION' || what === 'TEMPORARY') return parseAlterFunction(p);
  if (what === 'INDEX' || what === 'MATERIALIZED') return parseAlterObject(p);
  if (what === 'SCHEDULED' || what === 'CONNECTOR' || what === 'DATACONNECTOR') return parseOpaque(p);
  return parseAlterTable(p);
}

/** Options between EXPLAIN and its statement (Spark, Hive `CBO COST`, `VECTORIZATION ONLY DETAIL`, Flink `PLAN FOR`, `A, B`). */
const EXPLAIN_OPTIONS = new Set([
  'EXTENDED', 'FORMATTED', 'CODEGEN', 'COST', 'LOGICAL', 'AST', 'CBO', 'JOINCOST', 'DEPENDENCY', 'AUTHORIZATION', 'LOCKS',
  'VECTORIZATION', 'ONLY', 'SUMMARY', 'OPERATOR', 'EXPRESSION', 'DETAIL', 'ANALYZE', 'PLAN', 'FOR', 'ESTIMATED_COST',
  'CHANGELOG_MODE', 'JSON_EXECUTION_PLAN', 'PLAN_ADVICE', ',',
]);

/** `EXPLAIN [options] query` (a QueryStatement with `explain`) or `EXPLAIN [options] statement`. */
function parseExplain(p: Parser): Statement {
  const start = p.start();
  p.next();
  while (EXPLAIN_OPTIONS.has(p.peek()) && !startsQuery(p)) p.next();
  if (startsQuery(p)) return queryStatement(p, start, true);
  const statement = parseStatement(p);
  return { kind: 'ExplainStatement', statement, start, end: p.lastEnd };
}

/** Keeps a statement whole: leading keywords become `keyword`, the rest is skipped to `;`. */
export function parseOpaque(p: Parser): OpaqueStatement {
  const start = p.start();
  const words: string[] = [];
  while (p.kind() === 'word' && OPAQUE_KEYWORDS.has(p.peek()) && words.length < 4) {
    words.push(p.peek());
    p.next();
  }
  p.skipToEnd();
  return { kind: 'OpaqueStatement', keyword: words.join(' '), start, end: p.lastEnd };
}
