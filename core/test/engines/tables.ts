import type { ColumnInfo, TableInfo } from '../../src/catalog';

/** A catalog table with the given `[name, type]` columns; `p_date` is its partition column. */
export function table(name: string, columns: [string, string][]): TableInfo {
  const infos: ColumnInfo[] = columns.map(([n, type]) => ({ name: n, type, partition: n === 'p_date' }));
  return { name, columns: infos, temporary: false, kind: 'table', options: {} };
}
