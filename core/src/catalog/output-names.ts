import type { Dialect, Expr, Query, QueryBody, SelectItem, Transform } from '../sql/ast';
import { sparkExpressionName } from './spark-expression-name';

/**
 * The column names a query produces, as the engine names them: the alias, else the column (or
 * struct field) name, else the engine's generated name (`generatedName`). `*` items (and Spark
 * `TABLE t`) are skipped: without a catalog their columns are unknown (analysis expands them when it can).
 */
export function queryOutputNames(query: Query, dialect: Dialect = 'spark'): string[] {
  return bodyOutputNames(query.body, dialect);
}

function bodyOutputNames(body: QueryBody, dialect: Dialect): string[] {
  let first = body;
  while (first.kind === 'SetOperation') first = first.left;
  switch (first.kind) {
    case 'Query':
      return queryOutputNames(first, dialect);
    case 'Values':
      return (first.rows[0] ?? []).map((_, i) => first.columnAliases?.[i]?.name.toLowerCase() ?? valuesColumnName(i, dialect));
    case 'TableQuery':
      return [];
    case 'Select':
      if (first.transform) return transformOutputNames(first.transform);
      return first.items.flatMap((item, i) => itemOutputNames(item, i, dialect));
  }
}

/** A script transform's columns: those after `AS`, else the engine's `key` and `value`. */
export function transformOutputNames(t: Transform): string[] {
  return t.columns.length > 0 ? t.columns.map((c) => c.name.name.toLowerCase()) : ['key', 'value'];
}

/** Output names of one select item at position `index` (empty for `*`). */
export function itemOutputNames(item: SelectItem, index: number, dialect: Dialect = 'spark'): string[] {
  if (item.aliases && item.aliases.length > 0) return item.aliases.map((a) => a.name.toLowerCase());
  if (item.alias) return [item.alias.name.toLowerCase()];
  if (item.expr.kind === 'Star') return [];
  return [implicitName(item.expr) ?? generatedName(item.expr, index, dialect)];
}

/** The name an unaliased expression gets: a column's (or struct field's) own name. */
export function implicitName(expr: Expr): string | undefined {
  if (expr.kind === 'ColumnRef') return expr.parts[expr.parts.length - 1]?.name.toLowerCase();
  if (expr.kind === 'FieldAccess') return expr.field.name.toLowerCase();
  return undefined;
}

/**
 * The name the engine generates for an unaliased expression that is not a column: Spark's
 * expression text (`(a + b)`, `count(1)`), Hive's `_c<position>`, Flink's (Calcite's)
 * `EXPR$<position>` (lower-cased).
 */
export function generatedName(expr: Expr, index: number, dialect: Dialect): string {
  if (dialect === 'spark') return sparkExpressionName(expr);
  return dialect === 'hive' ? `_c${index}` : `expr$${index}`;
}

/** Column `index` of a VALUES list: `col1`, `col2`, ... (Hive runs VALUES as `inline(array(struct(...)))`), Flink `EXPR$0`. */
export function valuesColumnName(index: number, dialect: Dialect): string {
  return dialect === 'flink' ? `expr$${index}` : `col${index + 1}`;
}
