import type { ColumnInfo, TableInfo } from '../catalog';

/** What an engine can do; callers check these instead of the engine's name. */
export interface EngineCapabilities {
  /** BEGIN/COMMIT/ROLLBACK around a set of statements. */
  transactions: boolean;
  /** Describe a query's output without running it. */
  prepare: boolean;
  /** ARRAY / MAP / STRUCT columns. */
  nestedTypes: boolean;
  /** Runs Flink jobs natively (DuckDB: false — they are emulated by translation). */
  streaming: boolean;
  /** DDL can run inside a transaction together with the state rows that record it (DuckDB: true, ClickHouse: false). */
  transactionalDdl: boolean;
}

/** One output column: its name and the engine's type text (`BIGINT`, `VARCHAR[]`). */
export interface ResultColumn {
  name: string;
  type: string;
}

/**
 * Rows of a query, normalized for comparison: integers as number when safe, else bigint; DECIMAL
 * as the text of its exact value; DATE as `YYYY-MM-DD`; TIMESTAMP as `YYYY-MM-DD HH:MM:SS[.fff]`;
 * lists as arrays; structs and maps as plain objects; NULL as null.
 */
export interface QueryResult {
  columns: ResultColumn[];
  rows: unknown[][];
}

export interface RunOptions {
  /** Interrupt the statement after this many milliseconds and throw `StrataError('timeout')`. */
  timeoutMs?: number;
}

/** A change to a published table's shape, as `Engine.alterTable` applies it. */
export type TableAlteration =
  | { kind: 'add-columns'; columns: ColumnInfo[] }
  | { kind: 'drop-columns'; columns: string[] }
  | { kind: 'retype-column'; column: string; type: string };

/** An engine adapter (one file per engine in this folder; see README.md). */
export interface Engine {
  /** `duckdb`, ... */
  readonly name: string;
  readonly capabilities: EngineCapabilities;
  /** Creates a catalog table (and its schema when missing); partition columns become ordinary columns. */
  createTable(table: TableInfo): Promise<void>;
  /** Inserts rows of YAML/CSV values into `table` (our lower-case qualified name), converted to the column types. */
  insertRows(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  /** The output columns of a query, prepared but not run. */
  describe(sql: string): Promise<ResultColumn[]>;
  execute(sql: string, options?: RunOptions): Promise<void>;
  query(sql: string, options?: RunOptions): Promise<QueryResult>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** The columns of `table` (our lower-case qualified name) as the engine holds it, or undefined when it does not exist. */
  tableColumns(table: string): Promise<ResultColumn[] | undefined>;
  /** Applies one alteration. Idempotent: adding a column that exists, or dropping one that does not, does nothing. */
  alterTable(table: string, change: TableAlteration): Promise<void>;
  /** Drops the table when it exists. */
  dropTable(table: string): Promise<void>;
  close(): Promise<void>;
}
