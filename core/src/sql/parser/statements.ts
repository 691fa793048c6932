import type { OpaqueStatement, QueryStatement, Statement } from '../ast';
import { parseCache } from './cache';
import { parseCreateTable, parseCreateView } from './ddl';
import { parseFromFirst, parseInsert, parseInsertStatement, parseMerge } from './dml';
import { OPAQUE_KEYWORDS } from './keywords';
import { parseAlterTable, parseDrop, parseSet, parseTruncate, parseUse } from './misc';
import type { Parser } from './parser';
import { parseQuery, parseWith, startsQuery } from './queries';
import { atSessionStatement, parseSessionStatement } from './session';
import { parseStatementSet } from './statement-set';

/** Parses one statement at the cursor; undefined when nothing statement-like is there (error recorded). */
export function parseStatement(p: Parser): Statement | undefined {
  const w = p.peek();
  if (atSessionStatement(p)) return parseSessionStatement(p);
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
      return parseAlterTable(p);
    case 'MERGE':
      return parseMerge(p);
    case 'EXPLAIN':
      return parseExplain(p);
    case 'CACHE':
      return parseCache(p);
    case 'EXECUTE':
    case 'BEGIN':
      if (p.peek(1) === 'STATEMENT' || p.peek(2) === 'STATEMENT') return parseStatementSet(p);
  }
  if (p.kind() === 'word' && OPAQUE_KEYWORDS.has(w)) return parseOpaque(p);
  p.unexpected('a statement');
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

function parseCreate(p: Parser): Statement {
  let k = 1;
  while (['OR', 'REPLACE', 'TEMPORARY', 'TEMP', 'EXTERNAL', 'GLOBAL', 'MATERIALIZED', 'TRANSACTIONAL'].includes(p.peek(k))) k++;
  const what = p.peek(k);
  if (what === 'TABLE') return parseCreateTable(p);
  if (what === 'VIEW') return parseCreateView(p);
  return parseOpaque(p);
}

/** `EXPLAIN [EXTENDED|...] query`; EXPLAIN of anything else stays opaque. */
function parseExplain(p: Parser): Statement {
  const start = p.start();
  let k = 1;
  while (['EXTENDED', 'FORMATTED', 'CODEGEN', 'COST', 'LOGICAL', 'AST', 'DEPENDENCY', 'AUTHORIZATION', 'VECTORIZATION', 'ANALYZE', 'PLAN', 'FOR', 'ESTIMATED_COST', 'CHANGELOG_MODE', 'JSON_EXECUTION_PLAN'].includes(p.peek(k))) k++;
  const w = p.peek(k);
  if (w !== 'SELECT' && w !== 'WITH' && w !== 'VALUES' && w !== '(') return parseOpaque(p);
  for (let i = 0; i < k; i++) p.next();
  if (!startsQuery(p)) return parseOpaque(p);
  return queryStatement(p, start, true);
}

/** Keeps a statement whole: leading keywords become `keyword`, the rest is skipped to `;`. */
export function parseOpaque(p: Parser): OpaqueStatement {
  const start = p.start();
  const words: string[] = [];
  while (p.kind() === 'word' && OPAQUE_KEYWORDS.has(p.peek()) && words.length < 4) {
    words.push(p.peek());
    p.next();
  }
  while (!p.atEnd()) p.next();
  return { kind: 'OpaqueStatement', keyword: words.join(' '), start, end: p.lastEnd };
}
