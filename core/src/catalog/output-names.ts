import type { Expr, Query, QueryBody, SelectItem } from '../sql/ast';

/**
 * The column names a query produces, as Spark/Hive name them: the alias, else the column
 * (or struct field) name, else `_c<position>`. `*` items are skipped: without a catalog their
 * columns are unknown (analysis expands them when it can).
 */
export function queryOutputNames(query: Query): string[] {
  return bodyOutputNames(query.body);
}

function bodyOutputNames(body: QueryBody): string[] {
  switch (body.kind) {
    case 'Query':
      return queryOutputNames(body);
    case 'SetOperation':
      return bodyOutputNames(body.left);
    case 'Values':
      return (body.rows[0] ?? []).map((_, i) => `_c${i}`);
    case 'Select':
      return body.items.flatMap((item, i) => itemOutputNames(item, i));
  }
}

/** Output names of one select item at position `index` (empty for `*`). */
export function itemOutputNames(item: SelectItem, index: number): string[] {
  if (item.aliases && item.aliases.length > 0) return item.aliases.map((a) => a.name.toLowerCase());
  if (item.alias) return [item.alias.name.toLowerCase()];
  if (item.expr.kind === 'Star') return [];
  return [implicitName(item.expr) ?? `_c${index}`];
}

/** The name an unaliased expression gets: a column's (or struct field's) own name. */
export function implicitName(expr: Expr): string | undefined {
  if (expr.kind === 'ColumnRef') return expr.parts[expr.parts.length - 1]?.name.toLowerCase();
  if (expr.kind === 'FieldAccess') return expr.field.name.toLowerCase();
  return undefined;
}
