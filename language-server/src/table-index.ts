import type { Catalog } from '@strata/core';

/** A table as completion lists it. */
export interface TableEntry {
  /** Qualified lower-case name. */
  name: string;
  /** The name without its database, which a typed prefix may match too. */
  bare: string;
  detail: string;
}

/** A catalog's tables and databases, each sorted by name. */
export interface TableIndex {
  tables: TableEntry[];
  databases: string[];
}

/** Built once per catalog: the catalog of a 10,000-table project changes only when a table file does. */
const byCatalog = new WeakMap<Catalog, TableIndex>();

/** The tables and databases of `catalog`, sorted, from a cache keyed by the catalog object. */
export function tableIndex(catalog: Catalog): TableIndex {
  let index = byCatalog.get(catalog);
  if (!index) {
    const tables = catalog
      .tables()
      .map((t) => ({ name: t.name, bare: t.name.slice(t.name.lastIndexOf('.') + 1), detail: t.comment ?? t.kind }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const databases = [...new Set(tables.filter((t) => t.name.includes('.')).map((t) => t.name.slice(0, t.name.lastIndexOf('.'))))].sort();
    index = { tables, databases };
    byCatalog.set(catalog, index);
  }
  return index;
}
