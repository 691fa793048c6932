import type { Insert, PlanStatement, Statement, StatementSet } from '../ast';
import { ifNotExists } from './ddl';
import { parseInsert } from './dml';
import type { Parser } from './parser';
import { parseStringValue } from './properties';
import { parseStatements } from './script';

/** Flink `[EXECUTE] STATEMENT SET BEGIN ...; ...; END` (no EXECUTE only after COMPILE PLAN's FOR) and `BEGIN STATEMENT SET; ...; END`. */
export function parseStatementSet(p: Parser): StatementSet {
  const start = p.start();
  const begin = !p.eat('EXECUTE') && p.eat('BEGIN');
  p.expect('STATEMENT');
  p.expect('SET');
  if (!begin) p.expect('BEGIN');
  const statements = p.halted ? [] : parseStatements(p, true);
  p.expect('END');
  return { kind: 'StatementSet', statements, start, end: p.lastEnd };
}

/** True at Flink's `EXECUTE INSERT ...`, `EXECUTE PLAN ...` or `COMPILE [AND EXECUTE] PLAN ...`. */
export function atFlinkExecution(p: Parser): boolean {
  if (p.dialect !== 'flink') return false;
  if (p.at('EXECUTE')) return p.peek(1) === 'INSERT' || p.peek(1) === 'PLAN';
  return p.at('COMPILE') && (p.peek(1) === 'PLAN' || p.peek(1) === 'AND');
}

/** `EXECUTE INSERT ...` is the INSERT itself (spanning EXECUTE); the others are `PlanStatement`s. */
export function parseFlinkExecution(p: Parser): Insert | PlanStatement {
  const start = p.start();
  if (p.at2('EXECUTE', 'INSERT')) {
    p.next();
    const insert = parseInsert(p);
    insert.start = start;
    return insert;
  }
  const compile = p.eat('COMPILE');
  const execute = !compile || p.eat('AND');
  if (compile && execute) p.expect('EXECUTE');
  else if (!compile) p.next();
  p.expect('PLAN');
  const stmt: PlanStatement = { kind: 'PlanStatement', compile, execute, path: parseStringValue(p), ifNotExists: false, start, end: start };
  if (compile) {
    stmt.ifNotExists = !execute && ifNotExists(p);
    if (p.expect('FOR')) stmt.statement = plannedStatement(p);
  }
  stmt.end = p.lastEnd;
  return stmt;
}

/** What a plan is compiled for: an INSERT or a statement set. */
function plannedStatement(p: Parser): Statement | undefined {
  if (p.at('INSERT')) return parseInsert(p);
  if (p.at('STATEMENT') || p.at('EXECUTE') || p.at('BEGIN')) return parseStatementSet(p);
  p.unexpected("'INSERT' or 'STATEMENT SET'", ['INSERT', 'STATEMENT']);
  return undefined;
}
