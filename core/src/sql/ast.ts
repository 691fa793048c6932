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

// ---------------------------------------------------------------- expressions

export type Expr =
  | ColumnRef
  | Star
  | Literal
  | Variable
  | FunctionCall
  | BinaryExpr
  | UnaryExpr
  | CaseExpr
  | CastExpr
  | SubqueryExpr
  | ExistsExpr
  | InExpr
  | BetweenExpr
  | IsExpr
  | FieldAccess
  | IndexAccess
  | Lambda
  | IntervalExpr
  | TableArg
  | Descriptor
  | NamedArg
  | RowExpr
  | ErrorExpr;

/**
 * A possibly dotted name in expression position: `c`, `t.c`, `db.t.c`, `device.os`.
 * Whether leading parts name a relation or a struct field is decided by name resolution.
 */
export interface ColumnRef extends Span {
  kind: 'ColumnRef';
  parts: Identifier[];
}

/** `*` or `t.*`. */
export interface Star extends Span {
  kind: 'Star';
  qualifier?: Identifier[];
  /** Spark `* EXCEPT (a, b)`. */
  except?: Identifier[];
}

export interface Literal extends Span {
  kind: 'Literal';
  type: 'string' | 'number' | 'boolean' | 'null';
  /** String literals: the unescaped content; others: the text. */
  value: string;
  /** Prefix of typed literals: `DATE '2024-01-01'`, `TIMESTAMP '...'`. */
  typeName?: string;
}

/** A scheduler variable left in the SQL: `${date}`. */
export interface Variable extends Span {
  kind: 'Variable';
  name: string;
}

export interface FunctionCall extends Span {
  kind: 'FunctionCall';
  name: QualifiedName;
  args: Expr[];
  distinct: boolean;
  /** `count(*)`. */
  star: boolean;
  /** `agg(...) FILTER (WHERE ...)`. */
  filter?: Expr;
  /** `WITHIN GROUP (ORDER BY ...)`. */
  withinGroup?: OrderItem[];
  /** `IGNORE NULLS` / `RESPECT NULLS`. */
  nulls?: 'IGNORE' | 'RESPECT';
  over?: WindowSpec;
}

export interface WindowSpec extends Span {
  kind: 'WindowSpec';
  /** `OVER w` or `OVER (w ORDER BY ...)`. */
  baseName?: Identifier;
  partitionBy: Expr[];
  orderBy: OrderItem[];
  frame?: WindowFrame;
}

export interface WindowFrame extends Span {
  kind: 'WindowFrame';
  unit: 'ROWS' | 'RANGE' | 'GROUPS';
  from: FrameBound;
  to?: FrameBound;
}

export interface FrameBound extends Span {
  kind: 'FrameBound';
  type: 'UNBOUNDED PRECEDING' | 'UNBOUNDED FOLLOWING' | 'CURRENT ROW' | 'PRECEDING' | 'FOLLOWING';
  offset?: Expr;
}

/** Arithmetic, comparison, logical, string concatenation and pattern operators. `op` is upper-case: `AND`, `=`, `||`, `LIKE`, `NOT LIKE`, `RLIKE`, `REGEXP`, `<=>`. */
export interface BinaryExpr extends Span {
  kind: 'BinaryExpr';
  op: string;
  left: Expr;
  right: Expr;
  /** `LIKE ... ESCAPE '\'`. */
  escape?: Expr;
}

/** `NOT x`, `-x`, `+x`, `~x`. */
export interface UnaryExpr extends Span {
  kind: 'UnaryExpr';
  op: string;
  operand: Expr;
}

export interface CaseExpr extends Span {
  kind: 'CaseExpr';
  /** `CASE x WHEN ...` (simple form). */
  operand?: Expr;
  whens: { when: Expr; then: Expr }[];
  else?: Expr;
}

/** `CAST(x AS t)`, `TRY_CAST(x AS t)`, `x::t`. */
export interface CastExpr extends Span {
  kind: 'CastExpr';
  expr: Expr;
  type: DataType;
  try: boolean;
}

/** A scalar subquery. */
export interface SubqueryExpr extends Span {
  kind: 'SubqueryExpr';
  query: Query;
}

export interface ExistsExpr extends Span {
  kind: 'ExistsExpr';
  not: boolean;
  query: Query;
}

/** `x [NOT] IN (list)` or `x [NOT] IN (subquery)`. Exactly one of `list`/`query` is set. */
export interface InExpr extends Span {
  kind: 'InExpr';
  expr: Expr;
  not: boolean;
  list?: Expr[];
  query?: Query;
}

export interface BetweenExpr extends Span {
  kind: 'BetweenExpr';
  expr: Expr;
  not: boolean;
  low: Expr;
  high: Expr;
}

/** `x IS [NOT] NULL|TRUE|FALSE|UNKNOWN` and `x IS [NOT] DISTINCT FROM y`. */
export interface IsExpr extends Span {
  kind: 'IsExpr';
  expr: Expr;
  not: boolean;
  test: 'NULL' | 'TRUE' | 'FALSE' | 'UNKNOWN' | 'DISTINCT FROM';
  right?: Expr;
}

/** `(expr).field`, `f(x).field`, `arr[0].field` — dotted access on something that is not a plain name. */
export interface FieldAccess extends Span {
  kind: 'FieldAccess';
  object: Expr;
  field: Identifier;
}

/** `arr[0]`, `m['k']`. */
export interface IndexAccess extends Span {
  kind: 'IndexAccess';
  object: Expr;
  index: Expr;
}

/** `x -> x + 1`, `(acc, x) -> acc + x`. Parameters are not columns. */
export interface Lambda extends Span {
  kind: 'Lambda';
  params: Identifier[];
  body: Expr;
}

/** `INTERVAL '5' SECOND`, `INTERVAL 1 DAY`, `INTERVAL '1' HOUR TO SECOND`, Spark `INTERVAL 1 DAY 2 HOURS`. */
export interface IntervalExpr extends Span {
  kind: 'IntervalExpr';
  value: Expr;
  unit?: string;
  /**
   * Spark/Flink multi-unit intervals (`INTERVAL 1 DAY 2 HOURS`): every value and unit in the order
   * written; the first pair is also `value`/`unit`. Absent for single-unit intervals.
   */
  parts?: { value: Expr; unit: string }[];
}

/** `TABLE t` inside a table-valued function call (Flink window TVFs). */
export interface TableArg extends Span {
  kind: 'TableArg';
  name: QualifiedName;
  /** Flink SESSION windows: `TABLE t PARTITION BY k`. */
  partitionBy?: Expr[];
}

/** `DESCRIPTOR(ts)` inside a window TVF. */
export interface Descriptor extends Span {
  kind: 'Descriptor';
  columns: Identifier[];
}

/** `DATA => TABLE t`, `SIZE => INTERVAL '1' MINUTE`. */
export interface NamedArg extends Span {
  kind: 'NamedArg';
  name: Identifier;
  value: Expr;
}

/** A parenthesised tuple `(a, b)` (IN lists, GROUPING SETS, row comparisons). */
export interface RowExpr extends Span {
  kind: 'RowExpr';
  items: Expr[];
}

/** Placeholder where an expression was required but missing or unparseable. */
export interface ErrorExpr extends Span {
  kind: 'ErrorExpr';
}

// ---------------------------------------------------------------- queries

export interface Query extends Span {
  kind: 'Query';
  with?: WithClause;
  body: QueryBody;
  orderBy?: OrderItem[];
  /** Hive/Spark `SORT BY`, `DISTRIBUTE BY`, `CLUSTER BY`. */
  sortBy?: OrderItem[];
  distributeBy?: Expr[];
  clusterBy?: Expr[];
  limit?: Expr;
  offset?: Expr;
}

export type QueryBody = Select | SetOperation | Values | Query;

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

/** `VALUES (1, 'a'), (2, 'b')`. */
export interface Values extends Span {
  kind: 'Values';
  rows: Expr[][];
}

export interface OrderItem extends Span {
  kind: 'OrderItem';
  expr: Expr;
  direction?: 'ASC' | 'DESC';
  nulls?: 'FIRST' | 'LAST';
}

export interface GroupBy extends Span {
  kind: 'GroupBy';
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

// ---------------------------------------------------------------- relations

export type Relation = TableRef | DerivedTable | Join | TableFunction | Pivot | Unpivot;

export interface TableRef extends Span {
  kind: 'TableRef';
  name: QualifiedName;
  alias?: Identifier;
  columnAliases?: Identifier[];
  /** Flink lookup join / temporal join: `FOR SYSTEM_TIME AS OF o.proc_time`. */
  forSystemTime?: Expr;
  /** Flink dynamic table options `/*+ OPTIONS('k'='v') *\/`. */
  hints: Hint[];
  /** Spark/Hive `TABLESAMPLE (10 PERCENT)`: the text inside the parentheses as written (`BUCKET 1 OUT OF 4 ON id`). */
  sample?: string;
}

export interface DerivedTable extends Span {
  kind: 'DerivedTable';
  query: Query;
  alias?: Identifier;
  columnAliases?: Identifier[];
  lateral: boolean;
  /** Spark `(query) TABLESAMPLE (100 ROWS) s`: the text inside the parentheses as written. */
  sample?: string;
}

export type JoinType =
  | 'INNER'
  | 'LEFT'
  | 'RIGHT'
  | 'FULL'
  | 'CROSS'
  | 'LEFT SEMI'
  | 'LEFT ANTI'
  | 'SEMI'
  | 'ANTI';

export interface Join extends Span {
  kind: 'Join';
  joinType: JoinType;
  natural: boolean;
  left: Relation;
  right: Relation;
  on?: Expr;
  using?: Identifier[];
}

/**
 * A table-valued function in FROM: Flink `TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE))`,
 * `LATERAL TABLE(udtf(x)) AS t(a, b)`, `UNNEST(arr) AS t(x)`, Spark `explode(arr)` in FROM.
 */
export interface TableFunction extends Span {
  kind: 'TableFunction';
  call: FunctionCall;
  /** Written with `LATERAL`. */
  lateral: boolean;
  /** `UNNEST ... WITH ORDINALITY`. */
  withOrdinality: boolean;
  alias?: Identifier;
  columnAliases?: Identifier[];
}

/**
 * Spark `source PIVOT (sum(x) [AS s], ... FOR col IN (v1 [AS a], ...))`. Its columns: the source
 * columns used in neither the aggregates nor `forColumns` (the implicit grouping), then one
 * column per value (per value and aggregate when there are several aggregates).
 */
export interface Pivot extends Span {
  kind: 'Pivot';
  source: Relation;
  /** The aggregate expressions with their optional aliases. */
  aggregates: SelectItem[];
  /** `FOR col` or `FOR (c1, c2)`. */
  forColumns: Identifier[];
  /** The IN list; a multi-column pivot's values are `RowExpr`s. */
  values: PivotValue[];
}

/** One value of a PIVOT's IN list: `'ios' AS ios`, `(1, 'x') AS one`. */
export interface PivotValue extends Span {
  kind: 'PivotValue';
  expr: Expr;
  alias?: Identifier;
}

/**
 * Spark `source UNPIVOT [INCLUDE|EXCLUDE NULLS] (v FOR name IN (c1 [AS a], ...)) [AS alias]`, also with
 * several value columns: `((v1, v2) FOR name IN ((a, b) AS x, ...))`. Its columns: the source
 * columns not listed in `columns`, then `nameColumn`, then `valueColumns`.
 */
export interface Unpivot extends Span {
  kind: 'Unpivot';
  source: Relation;
  /** As written; Spark excludes nulls by default. */
  nulls?: 'INCLUDE' | 'EXCLUDE';
  valueColumns: Identifier[];
  nameColumn: Identifier;
  /** The IN list: one entry per unpivoted column (or column set, one per value column). */
  columns: UnpivotColumn[];
  alias?: Identifier;
}

/** One entry of an UNPIVOT's IN list: `q1 AS first`, `(a, b) AS x`. */
export interface UnpivotColumn extends Span {
  kind: 'UnpivotColumn';
  columns: ColumnRef[];
  alias?: Identifier;
}

/** Hive/Spark `LATERAL VIEW [OUTER] explode(arr) t AS x, y`. */
export interface LateralView extends Span {
  kind: 'LateralView';
  outer: boolean;
  call: FunctionCall;
  tableAlias?: Identifier;
  columnAliases: Identifier[];
}

// ---------------------------------------------------------------- statements

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
}

export interface Watermark extends Span {
  kind: 'Watermark';
  column: Identifier;
  expr: Expr;
}

export interface PrimaryKey extends Span {
  kind: 'PrimaryKey';
  columns: Identifier[];
  notEnforced: boolean;
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
  comment?: string;
  /** Hive typed partition columns, or Spark/Flink identity references (no type). */
  partitionedBy: ColumnDef[];
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
  /** CTAS. */
  asQuery?: Query;
}

export interface CreateView extends Span {
  kind: 'CreateView';
  orReplace: boolean;
  temporary: boolean;
  ifNotExists: boolean;
  materialized: boolean;
  name: QualifiedName;
  columns?: { name: Identifier; comment?: string }[];
  comment?: string;
  tblProperties: Property[];
  query: Query;
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
  inserts: Insert[];
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
  /** UPDATE SET a = expr (column `*` for `UPDATE SET *`). */
  assignments: { column: Identifier[]; value: Expr }[];
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
  objectType: 'TABLE' | 'VIEW' | 'DATABASE' | 'FUNCTION' | 'PARTITION' | 'OTHER';
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
  action: 'RENAME' | 'ADD COLUMNS' | 'REPLACE COLUMNS' | 'ADD PARTITION' | 'DROP PARTITION' | 'SET TBLPROPERTIES' | 'OTHER';
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

/** Statements kept whole without a tree: `ADD JAR`, `CREATE FUNCTION`, `MSCK REPAIR`, `ANALYZE`, `SHOW`, `DESCRIBE`, ... */
export interface OpaqueStatement extends Span {
  kind: 'OpaqueStatement';
  /** The leading keywords upper-cased, e.g. `ADD JAR`, `CREATE FUNCTION`. */
  keyword: string;
}

// ---------------------------------------------------------------- script

export interface SyntaxError extends Span {
  message: string;
}

export interface Script {
  dialect: Dialect;
  text: string;
  statements: Statement[];
  /** Syntax errors, each spanning the offending token. */
  errors: SyntaxError[];
}

export type Node =
  | Statement
  | Expr
  | Query
  | QueryBody
  | Relation
  | Identifier
  | QualifiedName
  | DataType
  | SelectItem
  | LateralView
  | Cte
  | WithClause
  | OrderItem
  | GroupBy
  | GroupingSets
  | WindowSpec
  | ColumnDef
  | PartitionSpec
  | PivotValue
  | UnpivotColumn;
