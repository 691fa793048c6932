import type { FunctionCall, PartitionedTableFunction, QualifiedName, Relation } from '../ast';
import { parseExprList } from './expressions';
import { parseFunctionCall } from './functions';
import type { Parser } from './parser';
import { parseAlias } from './relations';
import { parseOrderItems } from './windows';

/**
 * Hive PTF `name(ON source [PARTITION|DISTRIBUTE|CLUSTER BY ...] [ORDER|SORT BY ...] [arg(x) ...]) [alias]`;
 * the cursor is on `(`. `source` parses the input (a table, a subquery, another PTF).
 */
export function parsePartitionedTableFunction(p: Parser, name: QualifiedName, source: (p: Parser) => Relation | undefined): PartitionedTableFunction {
  const open = p.start();
  p.next();
  p.next();
  const input = source(p) ?? { kind: 'TableRef', name: { ...name, parts: [] }, hints: [], start: p.start(), end: p.start() };
  const ptf: PartitionedTableFunction = { kind: 'PartitionedTableFunction', name, source: input, partitionBy: [], orderBy: [], args: [], start: name.start, end: name.end };
  const w = p.peek();
  if ((w === 'PARTITION' || w === 'DISTRIBUTE' || w === 'CLUSTER') && p.peek(1) === 'BY') {
    p.next();
    p.next();
    ptf.partitionBy = parseExprList(p);
  }
  if ((p.at('ORDER') || p.at('SORT')) && p.peek(1) === 'BY') {
    p.next();
    p.next();
    ptf.orderBy = parseOrderItems(p);
  }
  ptf.args = parseNamedArgs(p);
  p.close(open);
  parseAlias(p, ptf);
  ptf.end = p.lastEnd;
  return ptf;
}

/** `arg1('x'), arg2(y > 1)` after the partitioning. */
function parseNamedArgs(p: Parser): FunctionCall[] {
  const out: FunctionCall[] = [];
  while (p.atIdent() && p.peek(1) === '(') {
    const id = p.identAt(p.take());
    out.push(parseFunctionCall(p, { kind: 'QualifiedName', parts: [id], start: id.start, end: id.end }));
    if (!p.eat(',')) break;
  }
  return out;
}
