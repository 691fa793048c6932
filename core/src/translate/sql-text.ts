/** Words DuckDB reserves (`duckdb_keywords()` of category 'reserved'): names spelt like them must be quoted. */
const RESERVED = new Set(
  ('all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create default deferrable ' +
    'desc describe distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral ' +
    'leading limit not null offset on only or order pivot pivot_longer pivot_wider placing primary qualify references returning ' +
    'select show some summarize symmetric table then to trailing true union unique unpivot using variadic when where window with').split(' '),
);

const PLAIN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A DuckDB identifier: quoted when written quoted, when it is not a plain word, or when DuckDB reserves it. */
export function quoteIdent(name: string, quoted = false): string {
  if (!quoted && PLAIN.test(name) && !RESERVED.has(name.toLowerCase())) return name;
  return `"${name.replace(/"/g, '""')}"`;
}

/** A DuckDB string literal (quotes doubled; DuckDB has no backslash escapes). */
export function quoteString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `db.table` (lower-case qualified, as in the catalog) as a DuckDB name: schema `db`, table `table`. */
export { duckDbTableName as tableName } from '../engines/duckdb-types';
