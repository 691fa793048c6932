import type { Catalog } from '../catalog';
import type { Dialect, Span } from '../sql/ast';

/** One source statement translated to DuckDB. */
export interface TranslatedStatement {
  /** DuckDB statements that together do what the source statement does; run in order in one transaction. */
  sql: string[];
  /** The source statement's range in the original (unrendered) text. */
  span: Span;
  /** Tables written (lower-case qualified) and the partition of a static/dynamic PARTITION spec (`null` = dynamic). */
  writes: { table: string; partition?: Record<string, string | null> }[];
  /** Tables read (lower-case qualified). */
  reads: string[];
  /** 'set' covers SET, ADD JAR and other session commands: no-ops with `sql: []`. */
  kind: 'insert' | 'query' | 'ddl' | 'set';
}

/** What `translateToDuckDb` needs to know about one file. */
export interface TranslateInput {
  /** The file's SQL body (front matter removed), unrendered: `${vars}` are still in it. */
  text: string;
  dialect: Dialect;
  /** Project-relative path, for diagnostics. */
  file: string;
  /** Project catalog: `*` expansion, column order of positional inserts, partition columns. */
  catalog: Catalog;
  /** Values for `${name}`, substituted as SQL text while emitting; positions stay those of `text`. */
  vars: Record<string, string>;
}
