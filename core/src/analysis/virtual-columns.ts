import type { Dialect } from '../sql/ast';

/**
 * Columns every table has without declaring them: Hive's virtual columns and Spark's hidden
 * `_metadata` struct (file sources). They resolve on a table (never on a subquery or CTE), are
 * not part of `*` and derive from no column. (`GROUPING__ID` is the grouping's own column.)
 */
const VIRTUAL: Record<Dialect, ReadonlySet<string>> = {
  hive: new Set(['input__file__name', 'block__offset__inside__file', 'row__offset__inside__block', 'raw__data__size', 'row__id']),
  spark: new Set(['_metadata']),
  flink: new Set(),
};

export function isVirtualColumn(name: string, dialect: Dialect): boolean {
  return VIRTUAL[dialect].has(name);
}
