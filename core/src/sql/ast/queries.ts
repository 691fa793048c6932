import type { DataType, Identifier, QualifiedName, Span } from './base';
import type { Expr, WindowSpec } from './expressions';
import type { LateralView, Relation } from './relations';

export interface Query extends Span {
  kind: 'Query';
  with?: WithClause;
  body: QueryBody;
  orderBy?: OrderItem[];
  /** Spark `ORDER BY ALL [ASC|DESC] [NULLS FIRST|LAST]`: sorts by every output column (`orderBy` is then absent). */
  orderByAll?: OrderAll;
  /** Hive/Spark `SORT BY`, `DISTRIBUTE BY`, `CLUSTER BY`. */
  sortBy?: OrderItem[];
  distributeBy?: Expr[];
  clusterBy?: Expr[];
  limit?: Expr;
  offset?: Expr;
}

export type QueryBody = Select | SetOperation | Values | TableQuery | Query;

/** Spark `TABLE t` as a query (`INSERT INTO t TABLE s`, `TABLE a UNION TABLE b`): every column of `t`. */
export interface TableQuery extends Span {
  kind: 'TableQuery';
  name: QualifiedName;
}

export interface WithClause extends Span {
  kind: 'WithClause';
  recursive: boolean;
  ctes: Cte[];
}

export interface Cte extends Span {
  kind: 'Cte';
  name: Identifier;
  columns?: Identifier[];
  query: Query;
}

export interface Select extends Span {
  kind: 'Select';
  hints: Hint[];
  distinct: boolean;
  items: SelectItem[];
  /** Comma-separated FROM items; each may be a join tree. Empty when there is no FROM. */
  from: Relation[];
  lateralViews: LateralView[];
  where?: Expr;
  groupBy?: GroupBy;
  having?: Expr;
  windows: NamedWindow[];
  qualify?: Expr;
  /**
   * Spark/Hive `SELECT TRANSFORM (...) USING 'script' AS ...` (and Hive `MAP ...` / `REDUCE ...`):
   * the rows go through a script; `items` is then empty and the output columns are the transform's.
   */
  transform?: Transform;
}

/**
 * `TRANSFORM ([DISTINCT] a, b) [ROW FORMAT ...] [RECORDWRITER '..'] USING 'script' [AS (c type, ...) | AS c, d]
 * [ROW FORMAT ...] [RECORDREADER '..']`; Hive also spells it `MAP a, b USING ...` / `REDUCE a, b USING ...`.
 */
export interface Transform extends Span {
  kind: 'Transform';
  keyword: 'TRANSFORM' | 'MAP' | 'REDUCE';
  distinct: boolean;
  inputs: Expr[];
  /** The script, unquoted. */
  script: string;
  /** The output columns after `AS`; empty without `AS` (the engine then names them `key`, `value`). */
  columns: TransformColumn[];
  /** Raw text of the `ROW FORMAT ...` / `RECORDWRITER` before USING, and of those after the output list. */
  inputFormat?: string;
  outputFormat?: string;
}

export interface TransformColumn extends Span {
  kind: 'TransformColumn';
  name: Identifier;
  type?: DataType;
}

/** `/*+ BROADCAST(t) *\/`. */
export interface Hint extends Span {
  kind: 'Hint';
  name: string;
  args: Expr[];
}

export interface SelectItem extends Span {
  kind: 'SelectItem';
  expr: Expr;
  alias?: Identifier;
  /** Hive `AS (a, b)` after a UDTF in the select list. */
  aliases?: Identifier[];
}

export interface SetOperation extends Span {
  kind: 'SetOperation';
  op: 'UNION' | 'INTERSECT' | 'EXCEPT' | 'MINUS';
  all: boolean;
  left: QueryBody;
  right: QueryBody;
}

/** `VALUES (1, 'a'), (2, 'b')`; Spark also `VALUES 1, 2 AS t(a)` (names its columns). */
export interface Values extends Span {
  kind: 'Values';
  rows: Expr[][];
  /** Spark `VALUES ... [AS] t(a, b)` as a query. */
  alias?: Identifier;
  columnAliases?: Identifier[];
}

export interface OrderItem extends Span {
  kind: 'OrderItem';
  expr: Expr;
  direction?: 'ASC' | 'DESC';
  nulls?: 'FIRST' | 'LAST';
}

/** Spark `ORDER BY ALL [ASC|DESC] [NULLS FIRST|LAST]`. */
export interface OrderAll extends Span {
  kind: 'OrderAll';
  direction?: 'ASC' | 'DESC';
  nulls?: 'FIRST' | 'LAST';
}

export interface GroupBy extends Span {
  kind: 'GroupBy';
  /** Spark `GROUP BY ALL`: groups by every select item without an aggregate (`items` is then empty). */
  all?: boolean;
  /** Plain expressions and `GroupingSets` elements in the order written. */
  items: (Expr | GroupingSets)[];
  /** Hive `WITH ROLLUP` / `WITH CUBE`. */
  with?: 'ROLLUP' | 'CUBE';
}

/** `GROUPING SETS ((a, b), a, ())`, `ROLLUP (a, b)`, `CUBE (a, b)`. */
export interface GroupingSets extends Span {
  kind: 'GroupingSets';
  type: 'GROUPING SETS' | 'ROLLUP' | 'CUBE';
  sets: Expr[][];
}

export interface NamedWindow extends Span {
  kind: 'NamedWindow';
  name: Identifier;
  spec: WindowSpec;
}
