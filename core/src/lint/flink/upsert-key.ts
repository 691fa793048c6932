import type { Expr, GroupingSets, Insert, QueryBody, Select } from '../../sql/ast';
import type { TableDecl } from './tables';

/**
 * The sink columns that key the rows an INSERT's non-windowed GROUP BY (or SELECT DISTINCT)
 * produces, lower-case; undefined when the query is not such an aggregation at its top or a
 * grouping expression is not in the output (then no key can be named).
 */
export function upsertKey(insert: Insert, sink: TableDecl, text: string): string[] | undefined {
  const select = topSelect(insert.query.body);
  if (!select) return undefined;
  const targets = insert.columns?.map((c) => c.name.toLowerCase()) ?? sink.writable;
  const positions = keyPositions(select, text);
  if (!targets || !positions) return undefined;
  const key = positions.map((p) => targets[p]);
  return key.every((k) => k !== undefined) ? key : undefined;
}

function topSelect(body: QueryBody): Select | undefined {
  if (body.kind === 'Query') return body.orderBy || body.limit ? undefined : topSelect(body.body);
  return body.kind === 'Select' ? body : undefined;
}

function keyPositions(select: Select, text: string): number[] | undefined {
  if (select.groupBy) {
    if (select.groupBy.all || select.groupBy.with || select.groupBy.items.some((i) => i.kind === 'GroupingSets')) return undefined;
    const positions = (select.groupBy.items as Exclude<Expr | GroupingSets, GroupingSets>[]).map((g) => select.items.findIndex((i) => sameExpr(i.expr, g, text)));
    return positions.includes(-1) ? undefined : [...new Set(positions)];
  }
  return select.distinct ? select.items.map((_, i) => i) : undefined;
}

/** The same expression as written, ignoring case, spacing and (for columns) the qualifier. */
function sameExpr(a: Expr, b: Expr, text: string): boolean {
  if (a.kind === 'ColumnRef' && b.kind === 'ColumnRef') return a.parts[a.parts.length - 1].name.toLowerCase() === b.parts[b.parts.length - 1].name.toLowerCase();
  const norm = (e: Expr) => text.slice(e.start, e.end).replace(/\s+/g, '').toLowerCase();
  return norm(a) === norm(b);
}
