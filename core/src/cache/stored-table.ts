import type { ColumnInfo, TableInfo } from '../catalog';

/** A table as the cache stores it: `columns` kept as JSON text. */
export type StoredTable = Omit<TableInfo, 'columns'> & { columns: string };

/** The stored form of `table`. */
export function storeTable(table: TableInfo): StoredTable {
  return { ...table, columns: JSON.stringify(table.columns) };
}

/**
 * A stored table whose columns are parsed on first use: a warm run of a 10,000-table project
 * builds its catalog from names, and only the tables a changed job reads ever parse their columns
 * (most of a pack's parse time is the column objects otherwise). `columns` is an own enumerable
 * property, so spreading or serializing the table sees it like any other.
 */
export function loadTable(stored: StoredTable): TableInfo {
  const raw = stored.columns;
  const table = { ...stored } as unknown as TableInfo;
  let columns: ColumnInfo[] | undefined;
  Object.defineProperty(table, 'columns', {
    enumerable: true,
    configurable: true,
    get: () => (columns ??= JSON.parse(raw) as ColumnInfo[]),
    set: (value: ColumnInfo[]) => {
      columns = value;
    },
  });
  return table;
}
