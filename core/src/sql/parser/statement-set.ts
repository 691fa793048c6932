import type { StatementSet } from '../ast';
import type { Parser } from './parser';
import { parseStatements } from './script';

/** Flink `EXECUTE STATEMENT SET BEGIN ...; ...; END` and `BEGIN STATEMENT SET; ...; END`. */
export function parseStatementSet(p: Parser): StatementSet {
  const start = p.start();
  const execute = p.eat('EXECUTE');
  if (!execute) p.expect('BEGIN');
  p.expect('STATEMENT');
  p.expect('SET');
  if (execute) p.expect('BEGIN');
  const statements = p.halted ? [] : parseStatements(p, true);
  p.expect('END');
  return { kind: 'StatementSet', statements, start, end: p.lastEnd };
}
