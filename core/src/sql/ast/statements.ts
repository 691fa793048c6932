import type { DataType, Identifier, QualifiedName, Span } from './base';
import type { AlterObject, AnalyzeStatement, Assignment, CommandStatement, DatabaseStatement, DeclareVariable, Delete, DescribeStatement, ExecuteImmediate, ExplainStatement, FunctionStatement, InsertDirectory, LoadData, PlanStatement, SetVariable, ShowStatement, Update } from './commands';
import type { Expr } from './expressions';
import type { Query, WithClause } from './queries';
import type { LateralView, Relation } from './relations';

export type Statement =
  | CreateTable
  | CreateView
  | Insert
  | MultiInsert
  | StatementSet
  | QueryStatement
  | Merge
  | DropStatement
  | TruncateStatement
  | AlterTable
  | SetStatement
  | UseStatement
  | Update
  | Delete
  | LoadData
  | InsertDirectory
  | FunctionStatement
  | DatabaseStatement
  | AlterObject
  | ShowStatement
  | DescribeStatement
  | AnalyzeStatement
  | CommandStatement
  | ExplainStatement
  | SessionStatement
  | DeclareVariable
  | SetVariable
  | ExecuteImmediate
  | PlanStatement
  | OpaqueStatement;

export interface Property extends Span {
  kind: 'Property';
  key: string;
  value: string;
}

export interface ColumnDef extends Span {
  kind: 'ColumnDef';
  name: Identifier;
  /** Missing for Flink computed columns and for Spark `PARTITIONED BY (col)` identity references. */
  type?: DataType;
  comment?: string;
  notNull: boolean;
  /** Flink computed column `c AS expr`. */
  computed?: Expr;
  /** Flink metadata column `ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL`. */
  metadata?: { from?: string; virtual: boolean };
  /** Inline `PRIMARY KEY [NOT ENFORCED]`. */
  primaryKey: boolean;
  /** `DEFAULT expr`. */
  default?: Expr;
  /** Hive column constraints: `UNIQUE`, `CHECK (expr)`, `REFERENCES t(c)`. */
  unique?: boolean;
  check?: Expr;
  references?: { table: QualifiedName; columns: Identifier[] };
}

export interface Watermark extends Span {
  kind: 'Watermark';
  column: Identifier;
  /** `WATERMARK FOR f1.q2.t1`: the nested ROW fields below `column`, when the time attribute is one. */
  fields?: Identifier[];
  expr: Expr;
}

export interface PrimaryKey extends Span {
  kind: 'PrimaryKey';
  columns: Identifier[];
  /** `NOT ENFORCED`, or Hive `DISABLE`. */
  notEnforced: boolean;
}

/** Hive table constraints other than the primary key: `[CONSTRAINT c] FOREIGN KEY (a) REFERENCES t(b) | UNIQUE (a) | CHECK (expr) [DISABLE NOVALIDATE RELY]`. */
export interface TableConstraint extends Span {
  kind: 'TableConstraint';
  type: 'FOREIGN KEY' | 'UNIQUE' | 'CHECK';
  name?: Identifier;
  columns: Identifier[];
  references?: { table: QualifiedName; columns: Identifier[] };
  check?: Expr;
}

export interface CreateTable extends Span {
  kind: 'CreateTable';
  orReplace: boolean;
  temporary: boolean;
  external: boolean;
  ifNotExists: boolean;
  name: QualifiedName;
  columns: ColumnDef[];
  watermark?: Watermark;
  primaryKey?: PrimaryKey;
  /** Hive FOREIGN KEY / UNIQUE / CHECK constraints, in the order written. */
  constraints?: TableConstraint[];
  comment?: string;
  /** Hive typed partition columns, or Spark/Flink identity references (no type). */
  partitionedBy: ColumnDef[];
  /** Spark `PARTITIONED BY (bucket(16, id), days(ts))`: the partition transforms, in order (plain columns stay in `partitionedBy`). */
  partitionTransforms?: Expr[];
  /** `CLUSTERED BY (a) [SORTED BY ...] INTO n BUCKETS`: the clustering columns. */
  clusteredBy?: Identifier[];
  /** Spark `USING parquet`. */
  using?: string;
  /** Hive `STORED AS ORC`. */
  storedAs?: string;
  /** Raw text of `ROW FORMAT ...`. */
  rowFormat?: string;
  location?: string;
  tblProperties: Property[];
  /** Flink connector options `WITH ('connector' = 'kafka', ...)`. */
  withOptions: Property[];
  /** `CREATE TABLE t LIKE src`. */
  like?: QualifiedName;
  /** Flink `LIKE src (EXCLUDING OPTIONS, ...)`: the options in the order written. */
  likeOptions?: LikeOption[];
  /** CTAS. */
  asQuery?: Query;
}

/** One Flink `CREATE TABLE ... LIKE` option: `INCLUDING ALL`, `OVERWRITING OPTIONS`, `EXCLUDING WATERMARKS`. */
export interface LikeOption extends Span {
  kind: 'LikeOption';
  strategy: 'INCLUDING' | 'EXCLUDING' | 'OVERWRITING';
  feature: 'ALL' | 'CONSTRAINTS' | 'GENERATED' | 'METADATA' | 'OPTIONS' | 'PARTITIONS' | 'WATERMARKS';
}

export interface CreateView extends Span {
  kind: 'CreateView';
  orReplace: boolean;
  temporary: boolean;
  ifNotExists: boolean;
  materialized: boolean;
  name: QualifiedName;
  columns?: { name: Identifier; comment?: string; type?: DataType }[];
  comment?: string;
  tblProperties: Property[];
  query: Query;
  /**
   * Spark `CREATE TEMPORARY VIEW v [(a INT, ...)] USING fmt [OPTIONS (...)]`: a view over files, no
   * query (`query` is then empty; typed `columns` declare its schema).
   */
  using?: { format: string; options: Property[] };
  /**
   * Set for Spark `CACHE [LAZY] TABLE t [OPTIONS (...)] [AS] query`, which defines (and caches) the
   * temporary view `t`: `lazy` as written, `options` such as `'storageLevel' 'DISK_ONLY'`.
   */
  cache?: { lazy: boolean; options: Property[] };
}

/** `PARTITION (p_date = '${date}', hour)`: static when `value` is set, dynamic otherwise. */
export interface PartitionSpec extends Span {
  kind: 'PartitionSpec';
  column: Identifier;
  value?: Expr;
}

export interface Insert extends Span {
  kind: 'Insert';
  overwrite: boolean;
  table: QualifiedName;
  partition: PartitionSpec[];
  /** Explicit target column list. */
  columns?: Identifier[];
  ifNotExists: boolean;
  /** Spark `INSERT ... BY NAME query`: the query's columns match the target's by name, not position. */
  byName?: boolean;
  /** Spark `INSERT INTO t REPLACE WHERE cond query`: the rows matching `cond` are replaced. */
  replaceWhere?: Expr;
  /**
   * The source. In a `MultiInsert` branch the select has an empty `from`: its rows come from
   * the enclosing `MultiInsert.from`.
   */
  query: Query;
}

/** Hive multi-insert: `FROM src [LATERAL VIEW ...] INSERT OVERWRITE TABLE a SELECT ... INSERT INTO b SELECT ...`. */
export interface MultiInsert extends Span {
  kind: 'MultiInsert';
  with?: WithClause;
  from: Relation[];
  lateralViews: LateralView[];
  /** The branches: tables, or Hive's `INSERT OVERWRITE [LOCAL] DIRECTORY 'path' ...`. */
  inserts: (Insert | InsertDirectory)[];
}

/** Flink `EXECUTE STATEMENT SET BEGIN ... END` and `BEGIN STATEMENT SET; ... END;`. */
export interface StatementSet extends Span {
  kind: 'StatementSet';
  statements: Statement[];
}

export interface QueryStatement extends Span {
  kind: 'QueryStatement';
  query: Query;
  /** `EXPLAIN ...` prefix. */
  explain: boolean;
}

export interface MergeClause extends Span {
  kind: 'MergeClause';
  matched: boolean;
  /** `WHEN NOT MATCHED BY SOURCE`. */
  bySource: boolean;
  condition?: Expr;
  action: 'UPDATE' | 'DELETE' | 'INSERT';
  /** UPDATE SET a = expr (`star` for `UPDATE SET *`). */
  assignments: Assignment[];
  /** INSERT (cols) VALUES (exprs); empty for `INSERT *`. */
  insertColumns: Identifier[];
  insertValues: Expr[];
  star: boolean;
}

export interface Merge extends Span {
  kind: 'Merge';
  target: QualifiedName;
  targetAlias?: Identifier;
  source: Relation;
  on: Expr;
  clauses: MergeClause[];
}

export interface DropStatement extends Span {
  kind: 'DropStatement';
  objectType: 'TABLE' | 'VIEW' | 'DATABASE' | 'FUNCTION' | 'CATALOG' | 'PARTITION' | 'OTHER';
  ifExists: boolean;
  name?: QualifiedName;
}

export interface TruncateStatement extends Span {
  kind: 'TruncateStatement';
  name: QualifiedName;
  partition: PartitionSpec[];
}

export interface AlterTable extends Span {
  kind: 'AlterTable';
  name: QualifiedName;
  view: boolean;
  action: 'RENAME' | 'ADD COLUMNS' | 'REPLACE COLUMNS' | 'ADD PARTITION' | 'DROP PARTITION' | 'SET TBLPROPERTIES' | 'EXCHANGE PARTITION' | 'OTHER';
  /** RENAME's new name; for EXCHANGE PARTITION, the table the partition moves out of (`WITH TABLE b`). */
  newName?: QualifiedName;
  columns: ColumnDef[];
  partitions: PartitionSpec[][];
}

/** `SET k = v`, `SET 'k' = 'v'`, bare `SET`. */
export interface SetStatement extends Span {
  kind: 'SetStatement';
  key?: string;
  value?: string;
}

export interface UseStatement extends Span {
  kind: 'UseStatement';
  catalog: boolean;
  name: QualifiedName;
}

/**
 * Session commands that change what the session can call, not any table: `ADD JAR`, Flink
 * `REMOVE JAR`, `SHOW JARS`, `LOAD MODULE m [WITH (...)]`, `UNLOAD MODULE m`, `USE MODULES a, b`,
 * `SHOW [FULL] MODULES`, and `RESET ['key']`.
 */
export interface SessionStatement extends Span {
  kind: 'SessionStatement';
  action: 'ADD JAR' | 'REMOVE JAR' | 'SHOW JARS' | 'LOAD MODULE' | 'UNLOAD MODULE' | 'USE MODULES' | 'SHOW MODULES' | 'RESET';
  /** The modules of LOAD/UNLOAD MODULE and USE MODULES, in order. */
  modules: Identifier[];
  /** ADD/REMOVE JAR: the path, unquoted (Spark/Hive also take it unquoted, as raw text). */
  path?: string;
  /** RESET: the key, unquoted; absent for a bare RESET (which resets every option). */
  key?: string;
  /** LOAD MODULE ... WITH (...). */
  options: Property[];
  /** SHOW FULL MODULES. */
  full: boolean;
}

/** Statements kept whole without a tree: `GRANT`, `EXPORT`, Spark `TABLE t`, ... */
export interface OpaqueStatement extends Span {
  kind: 'OpaqueStatement';
  /** The leading keywords upper-cased, e.g. `ADD JAR`, `CREATE FUNCTION`. */
  keyword: string;
}
