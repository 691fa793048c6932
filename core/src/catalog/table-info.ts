import type { Span } from '../sql/ast';

/** One column of a table or view. */
export interface ColumnInfo {
  name: string;
  /** Normalized type text (`BIGINT`, `ARRAY<STRING>`); missing for computed columns and unknown view columns. */
  type?: string;
  comment?: string;
  partition: boolean;
  /**
   * Flink computed column (`c AS expr`) or `METADATA ... VIRTUAL` column: queries read it, but an
   * INSERT does not write it (its select list has no item for it). Absent means writable.
   */
  readOnly?: boolean;
  /** The name as declared when it is not all lower-case (`userId`), for case-sensitive tables. */
  spelling?: string;
  /** Flink computed (`c AS expr`) or metadata (`METADATA [FROM ...]`) column; absent for physical columns. */
  origin?: 'computed' | 'metadata';
}

/** A table or view the analysis knows the shape of. */
export interface TableInfo {
  /** Lower-case, qualified as declared: `dwd.dwd_live_room_watch_di`, or `src` for a Flink temporary table. */
  name: string;
  /** The name as declared when it is not all lower-case (`dwd.UserEvents`), for case-sensitive tables. */
  spelling?: string;
  /** Data columns first, then partition columns. */
  columns: ColumnInfo[];
  comment?: string;
  /** The file that declares it, when known. */
  file?: string;
  /** Span of the declaring statement in that file. */
  span?: Span;
  temporary: boolean;
  kind: 'table' | 'view';
  /** TBLPROPERTIES and Flink `WITH (...)` options. */
  options: Record<string, string>;
  /** Lower-case primary key columns, when declared (Flink upsert sinks keep the last row per key). */
  primaryKey?: string[];
  /**
   * Its declaration has a syntax error, so `columns` may be incomplete: any other column name
   * resolves (as for a table without DDL) and INSERT shape is not checked. One mistake, one error.
   */
  open?: boolean;
  /**
   * Declared in Flink DDL, whose column names are case-sensitive: a Flink query must write
   * `userId` as declared. Hive and Spark tables (and the metastore) lower-case names, so theirs are not.
   */
  caseSensitive?: boolean;
}
