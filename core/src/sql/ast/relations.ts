import type { Identifier, QualifiedName, Span } from './base';
import type { ColumnRef, Expr, FunctionCall } from './expressions';
import type { Hint, OrderItem, Query, SelectItem } from './queries';

export type Relation = TableRef | DerivedTable | Join | TableFunction | Pivot | Unpivot | LateralViewSource | PartitionedTableFunction | MatchRecognize;

export interface TableRef extends Span {
  kind: 'TableRef';
  name: QualifiedName;
  alias?: Identifier;
  columnAliases?: Identifier[];
  /** Flink lookup join / temporal join: `FOR SYSTEM_TIME AS OF o.proc_time`. */
  forSystemTime?: Expr;
  /** Spark time travel: `VERSION AS OF v` / `FOR [SYSTEM_]VERSION AS OF v`. */
  versionAsOf?: Expr;
  /** Spark time travel: `TIMESTAMP AS OF ts` / `FOR TIMESTAMP AS OF ts`. */
  timestampAsOf?: Expr;
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
  /** `PIVOT (...) [AS] pv`: the name of the pivoted rows. */
  alias?: Identifier;
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

/**
 * Hive `src LATERAL VIEW explode(x) v AS c JOIN ...`: lateral views attached to a FROM source that a
 * join follows. Lateral views at the end of a FROM clause stay in `Select.lateralViews`.
 */
export interface LateralViewSource extends Span {
  kind: 'LateralViewSource';
  source: Relation;
  views: LateralView[];
}

/**
 * Hive partitioned table function (PTF): `noop(ON t PARTITION BY a ORDER BY b [, arg1(x) ...]) [alias]`,
 * also `DISTRIBUTE BY`/`SORT BY`/`CLUSTER BY`; its input may be a table, a subquery or another PTF.
 */
export interface PartitionedTableFunction extends Span {
  kind: 'PartitionedTableFunction';
  name: QualifiedName;
  source: Relation;
  partitionBy: Expr[];
  orderBy: OrderItem[];
  /** Named arguments after the partitioning: `arg1('x')`. */
  args: FunctionCall[];
  alias?: Identifier;
}

/**
 * Flink row pattern recognition: `source MATCH_RECOGNIZE (PARTITION BY ... ORDER BY ... MEASURES ...
 * ONE ROW PER MATCH AFTER MATCH SKIP ... PATTERN (...) WITHIN ... SUBSET ... DEFINE ...) [AS] alias`.
 * Inside MEASURES and DEFINE a pattern variable (`A.price`) qualifies a column of the source.
 */
export interface MatchRecognize extends Span {
  kind: 'MatchRecognize';
  source: Relation;
  partitionBy: Expr[];
  orderBy: OrderItem[];
  measures: MatchMeasure[];
  /** As written; absent means ONE ROW PER MATCH. */
  rowsPerMatch?: 'ONE ROW PER MATCH' | 'ALL ROWS PER MATCH';
  afterMatch?: AfterMatchSkip;
  pattern: RowPattern;
  /** `WITHIN INTERVAL '1' HOUR`. */
  within?: Expr;
  subsets: PatternSubset[];
  defines: PatternDefine[];
  alias?: Identifier;
  columnAliases?: Identifier[];
}

/** `[FINAL | RUNNING] expr [AS] alias` in MEASURES. */
export interface MatchMeasure extends Span {
  kind: 'MatchMeasure';
  semantics?: 'FINAL' | 'RUNNING';
  expr: Expr;
  alias?: Identifier;
}

/** `AFTER MATCH SKIP PAST LAST ROW | TO NEXT ROW | TO FIRST v | TO LAST v | TO v`. */
export interface AfterMatchSkip extends Span {
  kind: 'AfterMatchSkip';
  to: 'PAST LAST ROW' | 'NEXT ROW' | 'FIRST' | 'LAST' | 'VARIABLE';
  variable?: Identifier;
}

/** A row pattern: alternatives (`A B | C`), each a sequence of terms. */
export interface RowPattern extends Span {
  kind: 'RowPattern';
  alternatives: PatternTerm[][];
}

/**
 * One quantified element of a row pattern: a variable, an anchor (`^`, `$`), a group `( ... )`,
 * an exclusion `{- ... -}` or `PERMUTE(A, B)`.
 */
export interface PatternTerm extends Span {
  kind: 'PatternTerm';
  variable?: Identifier;
  anchor?: '^' | '$';
  group?: RowPattern;
  /** `{- ... -}`: matched rows left out of ALL ROWS PER MATCH output. */
  exclude?: boolean;
  permute?: RowPattern[];
  /** As written without spaces: `+`, `*?`, `{2,3}`, `{,3}?`. */
  quantifier?: string;
}

/** `SUBSET u = (a, b)`. */
export interface PatternSubset extends Span {
  kind: 'PatternSubset';
  name: Identifier;
  variables: Identifier[];
}

/** `DEFINE v AS condition`. */
export interface PatternDefine extends Span {
  kind: 'PatternDefine';
  variable: Identifier;
  condition: Expr;
}
