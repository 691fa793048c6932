import type { Node, Statement } from '../sql/ast';
import type { TranslateContext } from './context';
import { childNodes } from './emit';

/**
 * Before a statement is emitted: the CTE names it defines, the tables it reads (for
 * `TranslatedStatement.reads`) and their column types (array and map arguments need them).
 */
export function enterStatement(stmt: Statement, ctx: TranslateContext): void {
  ctx.cteNames = new Set();
  ctx.reads = new Set();
  ctx.columnTypes = new Map();
  const refs: string[] = [];
  visit(stmt, (node) => {
    if (node.kind === 'Cte') ctx.cteNames.add(node.name.name.toLowerCase());
    else if (node.kind === 'TableRef' || node.kind === 'TableArg') refs.push(node.name.parts.map((p) => p.name).join('.'));
  });
  for (const ref of refs) {
    if (!ref.includes('.') && ctx.cteNames.has(ref.toLowerCase())) continue;
    const table = ctx.table(ref);
    const name = table?.name ?? ref.toLowerCase();
    for (const read of ctx.viewReads.get(name) ?? [name]) ctx.reads.add(read);
    for (const column of table?.columns ?? []) if (column.type && !ctx.columnTypes.has(column.name)) ctx.columnTypes.set(column.name, column.type);
  }
}

function visit(node: Node, f: (n: Node) => void): void {
  f(node);
  for (const child of childNodes(node)) visit(child, f);
}
