import type { Expr, Query, QueryBody, SelectItem, Transform } from '../sql/ast';

/**
 * The column names a query produces, as Spark/Hive name them: the alias, else the column
 * (or struct field) name, else `_c<position>`. `*` items (and Spark `TABLE t`) are skipped: without
 * a catalog their columns are unknown (analysis expands them when it can).
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
      return (body.rows[0] ?? []).map((_, i) => body.columnAliases?.[i]?.name.toLowerCase() ?? `_c${i}`);
    case 'TableQuery':
      return [];
    case 'Select':
      if (body.transform) return transformOutputNames(body.transform);
      return body.items.flatMap((item, i) => itemOutputNames(item, i));
  }
}

/** A script transform's columns: those after `AS`, else the engine's `key` and `value`. */
export function transformOutputNames(t: Transform): string[] {
  return t.columns.length > 0 ? t.columns.map((c) => c.name.name.toLowerCase()) : ['key', 'value'];
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
