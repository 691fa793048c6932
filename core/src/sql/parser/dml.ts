import type { Insert, InsertDirectory, Merge, MergeClause, MultiInsert, PartitionSpec, QualifiedName, Statement, WithClause } from '../ast';
import { errorExpr, parseExpr, parseExprList } from './expressions';
import { atInsertDirectory, parseInsertDirectory } from './load';
import type { Parser } from './parser';
import { emptyQuery, parseFromFirstSelect, parseQuery, parseSelect, startsQuery } from './queries';
import { parseFromClause, parseFromList } from './relations';
import { parseAssignments } from './rows';
import { atMapReduce } from './transform';

function missingName(p: Parser): QualifiedName {
  const at = p.start();
  return { kind: 'QualifiedName', parts: [], start: at, end: at };
}

/** `INSERT INTO|OVERWRITE [TABLE] t ...` or `INSERT OVERWRITE [LOCAL] DIRECTORY ...`. */
export function parseInsertStatement(p: Parser): Insert | InsertDirectory {
  return atInsertDirectory(p) ? parseInsertDirectory(p) : parseInsert(p);
}

/** What a misspelt word in an INSERT head most likely meant (`INSERT OVERWRITE TABEL t`, `SELEC`). */
const INSERT_KEYWORDS = ['SELECT', 'VALUES', 'WITH', 'TABLE', 'PARTITION'];

export function parseInsert(p: Parser): Insert {
  const start = p.start();
  p.next();
  let overwrite = false;
  if (p.eat('OVERWRITE')) overwrite = true;
  else p.expect('INTO');
  p.eat('TABLE');
  const table = p.qualifiedName('a table name') ?? missingName(p);
  const insert: Insert = { kind: 'Insert', overwrite, table, partition: [], ifNotExists: false, query: emptyQuery(p, p.start()), start, end: start };
  if (p.at('PARTITION')) {
    p.next();
    insert.partition = parsePartitionSpec(p);
  }
  if (p.at('IF') && p.peek(1) === 'NOT') {
    p.next();
    p.next();
    p.expect('EXISTS');
    insert.ifNotExists = true;
  }
  if (p.at('(') && !startsQuery(p)) insert.columns = p.identList();
  else if (p.dialect === 'spark' && p.at2('BY', 'NAME')) {
    p.next();
    p.next();
    insert.byName = true;
  } else if (p.dialect === 'spark' && p.at2('REPLACE', 'WHERE')) {
    p.next();
    p.next();
    insert.replaceWhere = parseExpr(p);
  }
  if (startsQuery(p) || atMapReduce(p)) insert.query = parseQuery(p);
  // Spark `INSERT INTO t FROM src SELECT ...`.
  else if (p.dialect === 'spark' && p.at('FROM')) insert.query = parseQuery(p, undefined, parseFromFirstSelect(p));
  else p.unexpected("a query ('SELECT' or 'VALUES')", INSERT_KEYWORDS);
  insert.end = p.lastEnd;
  return insert;
}

const PARTITION_OPS = new Set(['=', '==', '<', '<=', '>', '>=', '<>', '!=']);

/** `(p_date = '${date}', hour)` after PARTITION. */
export function parsePartitionSpec(p: Parser): PartitionSpec[] {
  const open = p.start();
  const out: PartitionSpec[] = [];
  if (!p.expect('(')) return out;
  do {
    const column = p.ident('a partition column');
    if (!column) return out;
    const spec: PartitionSpec = { kind: 'PartitionSpec', column, start: column.start, end: column.end };
    if (PARTITION_OPS.has(p.peek())) {
      // Hive `DROP PARTITION (p_date < '2023-01-01')` filters with any comparison.
      p.next();
      spec.value = parseExpr(p);
    }
    spec.end = p.lastEnd;
    out.push(spec);
  } while (p.eat(','));
  p.close(open);
  return out;
}

/**
 * `FROM src ... INSERT ... SELECT ... [INSERT ...]` (Hive multi-insert) or `FROM src SELECT ...`
 * (a FROM-first query, returned as a QueryStatement).
 */
export function parseFromFirst(p: Parser, start: number, withClause?: WithClause): Statement {
  p.next();
  const { from, lateralViews } = parseFromClause(p);
  if (p.at('SELECT') || atMapReduce(p)) {
    const first = parseSelect(p, { from, lateralViews });
    first.start = start;
    const query = parseQuery(p, withClause, first);
    return { kind: 'QueryStatement', query, explain: false, start, end: p.lastEnd };
  }
  const multi: MultiInsert = { kind: 'MultiInsert', with: withClause, from, lateralViews, inserts: [], start, end: start };
  if (!p.at('INSERT')) p.unexpected("'INSERT' or 'SELECT'");
  while (p.at('INSERT')) multi.inserts.push(parseInsertStatement(p));
  multi.end = p.lastEnd;
  return multi;
}

/** `MERGE INTO t [AS] a USING src [AS] s ON cond WHEN [NOT] MATCHED [BY SOURCE|TARGET] [AND c] THEN ...`. */
export function parseMerge(p: Parser): Merge {
  const start = p.start();
  p.next();
  p.expect('INTO');
  const target = p.qualifiedName('a table name') ?? missingName(p);
  const merge: Merge = { kind: 'Merge', target, source: { kind: 'TableRef', name: missingName(p), hints: [], start, end: start }, on: errorExpr(p), clauses: [], start, end: start };
  if (p.eat('AS') || (p.atIdent() && !p.at('USING'))) merge.targetAlias = p.ident('an alias');
  if (p.expect('USING')) {
    const source = parseFromList(p)[0];
    if (source) merge.source = source;
  }
  if (p.expect('ON')) merge.on = parseExpr(p);
  while (p.at('WHEN')) merge.clauses.push(parseMergeClause(p));
  merge.end = p.lastEnd;
  return merge;
}

function parseMergeClause(p: Parser): MergeClause {
  const start = p.start();
  p.next();
  const matched = !p.eat('NOT');
  p.expect('MATCHED');
  let bySource = false;
  if (p.eat('BY')) {
    bySource = p.at('SOURCE');
    p.next();
  }
  const clause: MergeClause = { kind: 'MergeClause', matched, bySource, action: 'UPDATE', assignments: [], insertColumns: [], insertValues: [], star: false, start, end: start };
  if (p.eat('AND')) clause.condition = parseExpr(p);
  p.expect('THEN');
  const action = p.peek();
  if (action === 'UPDATE') parseMergeUpdate(p, clause);
  else if (action === 'DELETE') p.next();
  else if (action === 'INSERT') parseMergeInsert(p, clause);
  else p.unexpected("'UPDATE', 'DELETE' or 'INSERT'", ['UPDATE', 'DELETE', 'INSERT']);
  if (action === 'DELETE' || action === 'INSERT') clause.action = action;
  clause.end = p.lastEnd;
  return clause;
}

function parseMergeUpdate(p: Parser, clause: MergeClause): void {
  p.next();
  p.expect('SET');
  if (p.eat('*')) clause.star = true;
  else clause.assignments = parseAssignments(p);
}

function parseMergeInsert(p: Parser, clause: MergeClause): void {
  p.next();
  if (p.eat('*')) {
    clause.star = true;
    return;
  }
  if (p.at('(')) clause.insertColumns = p.identList();
  if (!p.expect('VALUES')) return;
  const open = p.start();
  if (!p.expect('(')) return;
  clause.insertValues = parseExprList(p);
  p.close(open);
}
