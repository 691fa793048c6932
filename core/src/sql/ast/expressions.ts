import type { DataType, Identifier, QualifiedName, Span } from './base';
import type { OrderItem, Query } from './queries';

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
  /** The keyword clauses of a SQL/JSON function (`JSON_VALUE(s, '$.a' RETURNING INT NULL ON EMPTY)`). */
  json?: JsonClauses;
  /** `CEIL(ts TO HOUR)` / `FLOOR(ts TO DAY)`: the unit, upper-cased (the only argument is `ts`). */
  toUnit?: string;
}

/**
 * The clauses of `JSON_VALUE`, `JSON_QUERY`, `JSON_EXISTS`, `JSON_OBJECT`, `JSON_ARRAY`,
 * `JSON_OBJECTAGG`, `JSON_ARRAYAGG`. Their words are keywords, never columns; a `DEFAULT x`
 * value is an expression. `JSON_OBJECT([KEY] k VALUE v, ...)` keeps its keys and values in
 * `args` as `k1, v1, k2, v2, ...`.
 */
export interface JsonClauses {
  /** `RETURNING type`. */
  returning?: DataType;
  /** JSON_QUERY: `WITHOUT [ARRAY] WRAPPER` is 'WITHOUT'; `WITH CONDITIONAL [ARRAY] WRAPPER` is 'WITH CONDITIONAL'. */
  wrapper?: 'WITHOUT' | 'WITH' | 'WITH CONDITIONAL' | 'WITH UNCONDITIONAL';
  /** `... ON EMPTY`. */
  onEmpty?: JsonBehavior;
  /** `... ON ERROR` (JSON_EXISTS: TRUE, FALSE, UNKNOWN or ERROR). */
  onError?: JsonBehavior;
  /** `NULL ON NULL` / `ABSENT ON NULL` of the constructors and aggregates. */
  onNull?: 'NULL' | 'ABSENT';
}

/** What a SQL/JSON function returns when the path finds nothing or fails. */
export interface JsonBehavior extends Span {
  kind: 'JsonBehavior';
  action: 'NULL' | 'ERROR' | 'DEFAULT' | 'EMPTY ARRAY' | 'EMPTY OBJECT' | 'TRUE' | 'FALSE' | 'UNKNOWN';
  /** The value of `DEFAULT x`. */
  default?: Expr;
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
  /** Flink `BETWEEN SYMMETRIC`: the bounds may come in either order. */
  symmetric?: true;
}

/** `x IS [NOT] NULL|TRUE|FALSE|UNKNOWN`, `x IS [NOT] DISTINCT FROM y` and Flink `x IS [NOT] JSON [OBJECT]`. */
export interface IsExpr extends Span {
  kind: 'IsExpr';
  expr: Expr;
  not: boolean;
  test: 'NULL' | 'TRUE' | 'FALSE' | 'UNKNOWN' | 'DISTINCT FROM' | 'JSON';
  right?: Expr;
  /** `IS JSON VALUE|SCALAR|ARRAY|OBJECT`; absent for a bare `IS JSON` (which means VALUE). */
  jsonType?: 'VALUE' | 'SCALAR' | 'ARRAY' | 'OBJECT';
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
