import type { DescribeStatement } from '../ast';
import { parseFromFirst, parsePartitionSpec } from './dml';
import type { Parser } from './parser';
import { parseQuery, startsQuery } from './queries';

const DESCRIBE_OBJECTS: Record<string, DescribeStatement['objectType']> = {
  TABLE: 'TABLE', DATABASE: 'DATABASE', SCHEMA: 'DATABASE', FUNCTION: 'FUNCTION', CATALOG: 'CATALOG', QUERY: 'QUERY', CONNECTOR: 'CONNECTOR',
};

/**
 * `DESCRIBE|DESC [EXTENDED|FORMATTED] [TABLE|DATABASE|SCHEMA|FUNCTION|CATALOG|CONNECTOR] name [PARTITION (...)] [col] [AS JSON]`
 * and `DESCRIBE [QUERY] query` (also Spark's `TABLE t` and FROM-first queries).
 */
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
  if (stmt.objectType === 'QUERY' || (stmt.objectType === 'TABLE' && (startsQuery(p) || p.at('FROM')))) describeQuery(p, stmt);
  else stmt.name = p.qualifiedName('a name');
  if (stmt.objectType === 'TABLE') describeTableTail(p, stmt);
  stmt.end = p.lastEnd;
  return stmt;
}

function describeQuery(p: Parser, stmt: DescribeStatement): void {
  stmt.objectType = 'QUERY';
  if (p.eat('TABLE')) stmt.name = p.qualifiedName('a table name');
  else if (p.at('FROM')) {
    const body = parseFromFirst(p, p.start());
    if (body.kind === 'QueryStatement') stmt.query = body.query;
  } else stmt.query = parseQuery(p);
}

function modifier(p: Parser, stmt: DescribeStatement): void {
  if ((p.at('EXTENDED') || p.at('FORMATTED')) && p.kind(1) !== 'eof' && p.peek(1) !== ';') {
    stmt.modifier = p.peek() as 'EXTENDED' | 'FORMATTED';
    p.next();
  }
}

function describeTableTail(p: Parser, stmt: DescribeStatement): void {
  if (p.eat('PARTITION')) stmt.partition = parsePartitionSpec(p);
  if (p.atIdent() && !p.at2('AS', 'JSON')) stmt.column = p.qualifiedName('a column name');
  // Spark 4 `DESC EXTENDED t AS JSON`.
  if (p.eat('AS')) p.expect('JSON');
}
