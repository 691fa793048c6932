import type { DataType, Identifier, QualifiedName, Span } from './base';
import type { Expr } from './expressions';
import type { Query } from './queries';
import type { PartitionSpec, Property, Statement } from './statements';

/** `EXPLAIN [options] statement` of anything but a query (a query keeps `QueryStatement.explain`). */
export interface ExplainStatement extends Span {
  kind: 'ExplainStatement';
  /** The explained statement: parsed and checked, never run. */
  statement?: Statement;
}

/** `column = value` in UPDATE and MERGE ... UPDATE SET; `column` is dotted for struct fields. */
export interface Assignment {
  column: Identifier[];
  value: Expr;
}

/** `UPDATE t [AS a] SET c = e, ... [WHERE cond]` (Spark, Hive ACID tables). */
export interface Update extends Span {
  kind: 'Update';
  table: QualifiedName;
  alias?: Identifier;
  assignments: Assignment[];
  where?: Expr;
}

/** `DELETE FROM t [AS a] [WHERE cond]`. */
export interface Delete extends Span {
  kind: 'Delete';
  table: QualifiedName;
  alias?: Identifier;
  where?: Expr;
}

/** `LOAD DATA [LOCAL] INPATH 'path' [OVERWRITE] INTO TABLE t [PARTITION (...)]`. */
export interface LoadData extends Span {
  kind: 'LoadData';
  local: boolean;
  path: string;
  overwrite: boolean;
  table: QualifiedName;
  partition: PartitionSpec[];
}

/**
 * `INSERT OVERWRITE [LOCAL] DIRECTORY ['path'] [ROW FORMAT ... | STORED AS f | USING f [OPTIONS (...)]] query`.
 * `path` is missing when Spark takes it from `OPTIONS (path '...')`; then it is that option's value.
 */
export interface InsertDirectory extends Span {
  kind: 'InsertDirectory';
  local: boolean;
  path?: string;
  /** `USING f` or `STORED AS f`, as written. */
  format?: string;
  options: Property[];
  query: Query;
}

/** `CREATE [TEMPORARY [SYSTEM]] FUNCTION [IF NOT EXISTS] f AS 'class' [LANGUAGE l] [USING JAR 'x', ...]`, and ALTER FUNCTION. */
export interface FunctionStatement extends Span {
  kind: 'FunctionStatement';
  action: 'CREATE' | 'ALTER';
  temporary: boolean;
  ifNotExists: boolean;
  name: QualifiedName;
  className?: string;
  /** `USING JAR 'a.jar', FILE 'b'`: each resource's type (upper-cased) and URI. */
  resources: { type: string; uri: string }[];
}

/**
 * CREATE and ALTER of the containers of tables: `DATABASE`/`SCHEMA` (with `COMMENT`, `LOCATION`,
 * `WITH DBPROPERTIES`, Flink `WITH (...)`) and Flink `CATALOG` (`WITH (...)`).
 */
export interface DatabaseStatement extends Span {
  kind: 'DatabaseStatement';
  action: 'CREATE' | 'ALTER';
  objectType: 'DATABASE' | 'CATALOG';
  ifNotExists: boolean;
  name: QualifiedName;
  comment?: string;
  location?: string;
  properties: Property[];
}

/** Hive `ALTER INDEX i ON t REBUILD` and `ALTER MATERIALIZED VIEW mv REBUILD | ENABLE|DISABLE REWRITE`. */
export interface AlterObject extends Span {
  kind: 'AlterObject';
  objectType: 'INDEX' | 'MATERIALIZED VIEW';
  name: QualifiedName;
  /** The indexed table of `ALTER INDEX ... ON t`. */
  table?: QualifiedName;
  /** The action's leading keyword: `REBUILD`, `ENABLE`, `DISABLE`, `SET`, ... */
  action: string;
}

/** Every `SHOW ...`: the words naming what is shown, and the object when one is named. */
export interface ShowStatement extends Span {
  kind: 'ShowStatement';
  /** Upper-cased leading words after SHOW: `TABLES`, `CREATE TABLE`, `PARTITIONS`, `CURRENT DATABASE`. */
  what: string;
  /** The table, view or function shown (`SHOW PARTITIONS t`, `SHOW COLUMNS IN t`), not a database filter. */
  name?: QualifiedName;
  /** `IN db` / `FROM db` filters of listings. */
  database?: QualifiedName;
  /** `LIKE 'pattern'` or a bare pattern string. */
  pattern?: string;
}

/** `DESCRIBE|DESC [EXTENDED|FORMATTED] [TABLE|DATABASE|SCHEMA|FUNCTION|CATALOG|CONNECTOR|QUERY] name [col] [PARTITION (...)]`. */
export interface DescribeStatement extends Span {
  kind: 'DescribeStatement';
  objectType: 'TABLE' | 'DATABASE' | 'FUNCTION' | 'CATALOG' | 'CONNECTOR' | 'QUERY';
  modifier?: 'EXTENDED' | 'FORMATTED';
  name?: QualifiedName;
  /** A column (or dotted struct field) of the described table. */
  column?: QualifiedName;
  partition: PartitionSpec[];
  /** `DESCRIBE QUERY select` (also Spark `DESCRIBE select`). */
  query?: Query;
}

/** `ANALYZE TABLE t [PARTITION (...)] COMPUTE STATISTICS [NOSCAN | FOR [ALL] COLUMNS [a, b]]`; Spark `ANALYZE TABLES [IN db]`. */
export interface AnalyzeStatement extends Span {
  kind: 'AnalyzeStatement';
  /** The table; for `ANALYZE TABLES [IN db]` the database, if named. */
  name?: QualifiedName;
  allTables: boolean;
  partition: PartitionSpec[];
  columns: Identifier[];
}

/**
 * Session and maintenance commands without a tree of their own: `MSCK [REPAIR] TABLE t`,
 * `REFRESH [TABLE|FUNCTION] x`, `REFRESH 'path'`, `CACHE [LAZY] TABLE t`, `UNCACHE TABLE [IF EXISTS] t`,
 * `CLEAR CACHE`, `ADD FILE|ARCHIVE ...`, `LIST FILE|ARCHIVE ...`, Hive `RELOAD FUNCTIONS`, `ABORT TRANSACTIONS 1 2`.
 */
export interface CommandStatement extends Span {
  kind: 'CommandStatement';
  /** Upper-cased leading keywords, e.g. `MSCK REPAIR TABLE`, `UNCACHE TABLE`, `ADD FILE`, `RESET`. */
  command: string;
  /** The table or function the command names. */
  name?: QualifiedName;
  /** Further arguments as written (file paths, a `RESET` key, a `REFRESH` path), strings unquoted. */
  args: string[];
}

/** Spark `DECLARE [OR REPLACE] [VARIABLE] v [type] [DEFAULT | = expr]`: a session variable, no table. */
export interface DeclareVariable extends Span {
  kind: 'DeclareVariable';
  orReplace: boolean;
  name: QualifiedName;
  type?: DataType;
  default?: Expr;
}

/** Spark `SET VAR|VARIABLE v = expr, ...` and `SET VAR (a, b) = (query)`: `values` has one subquery then. */
export interface SetVariable extends Span {
  kind: 'SetVariable';
  names: QualifiedName[];
  values: Expr[];
}

/** Spark `EXECUTE IMMEDIATE sql [INTO v, ...] [USING expr [AS name], ...]`: the SQL is a string value, not parsed. */
export interface ExecuteImmediate extends Span {
  kind: 'ExecuteImmediate';
  sql: Expr;
  into: QualifiedName[];
  using: Expr[];
}

/**
 * Flink `COMPILE PLAN 'file' [IF NOT EXISTS] FOR stmt`, `COMPILE AND EXECUTE PLAN 'file' FOR stmt`
 * (an INSERT or a statement set) and `EXECUTE PLAN 'file'` (runs a compiled plan we cannot see).
 */
export interface PlanStatement extends Span {
  kind: 'PlanStatement';
  compile: boolean;
  execute: boolean;
  path?: string;
  ifNotExists: boolean;
  statement?: Statement;
}
