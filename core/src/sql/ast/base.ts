/**
 * One AST for Spark, Hive and Flink SQL.
 *
 * Every node carries `start`/`end`: 0-based UTF-16 offsets into the parsed text, end exclusive.
 * Offsets (not line/column) keep nodes small and cheap; `LineIndex` converts them when a
 * diagnostic needs a position. Identifiers keep their text as written (without quotes) so
 * that output can preserve the user's spelling; analysis lower-cases when it compares.
 */

export type Dialect = 'spark' | 'hive' | 'flink';

export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- names

export interface Identifier extends Span {
  kind: 'Identifier';
  /** The name without quotes or backticks, as written. */
  name: string;
  quoted: boolean;
}

/** `db.table`, `catalog.db.table`, `fn`, `db.fn`. */
export interface QualifiedName extends Span {
  kind: 'QualifiedName';
  parts: Identifier[];
}

// ---------------------------------------------------------------- types

/** A column or CAST type. `text` is normalized: upper-case keywords, no spaces (`DECIMAL(10,2)`, `ARRAY<STRING>`, `ROW<a INT,b STRING>`). */
export interface DataType extends Span {
  kind: 'DataType';
  /** Base name upper-cased: `BIGINT`, `ARRAY`, `MAP`, `STRUCT`, `ROW`, `TIMESTAMP_LTZ`. */
  name: string;
  text: string;
  /** Type arguments for ARRAY/MAP/STRUCT/ROW (struct fields as `StructField`). */
  args: DataType[];
  fields: StructField[];
  notNull: boolean;
}

export interface StructField extends Span {
  kind: 'StructField';
  name: Identifier;
  type: DataType;
  comment?: string;
}
