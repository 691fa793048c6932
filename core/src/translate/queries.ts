import type { Expr, GroupBy, OrderItem, Query } from '../sql/ast';
import type { TranslateContext } from './context';
import type { Edit } from './emit';
import { emit, emitWith } from './emit';

/**
 * Hive/Spark `SORT BY`, `DISTRIBUTE BY` and `CLUSTER BY` only place rows across reducers; the
 * rows are the same without them, so they are dropped.
 */
export function rewriteQuery(node: Query, ctx: TranslateContext): string | undefined {
  const edits = [dropClause(node, node.sortBy, 'SORT', ctx), dropClause(node, node.distributeBy, 'DISTRIBUTE', ctx), dropClause(node, node.clusterBy, 'CLUSTER', ctx)].filter(
    (e): e is Edit => e !== undefined,
  );
  return edits.length > 0 ? emitWith(node, ctx, edits) : undefined;
}

function dropClause(node: Query, items: (Expr | OrderItem)[] | undefined, keyword: string, ctx: TranslateContext): Edit | undefined {
  if (!items || items.length === 0) return undefined;
  const before = ctx.text.slice(node.start, items[0].start);
  const match = new RegExp(`${keyword}\\s+BY\\s*$`, 'i').exec(before);
  return { start: node.start + (match ? match.index : before.length), end: items[items.length - 1].end, text: '' };
}

/**
 * Hive `GROUP BY a, b WITH ROLLUP|CUBE` is `GROUP BY ROLLUP|CUBE (a, b)`; Hive `GROUP BY a, b
 * GROUPING SETS (...)` (no comma before GROUPING SETS) groups by the sets only, where DuckDB
 * would cross them with `a, b`.
 */
export function rewriteGroupBy(node: GroupBy, ctx: TranslateContext): string | undefined {
  const sets = node.items.findIndex((i) => i.kind === 'GroupingSets');
  if (sets > 0 && !node.with && !ctx.text.slice(node.items[sets - 1].end, node.items[sets].start).includes(',')) return `GROUP BY ${emit(node.items[sets], ctx)}`;
  if (!node.with) return undefined;
  const items = node.items.map((i) => emit(i, ctx)).join(', ');
  return `GROUP BY ${node.with} (${items})`;
}
