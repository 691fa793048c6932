import type { Identifier, Span } from './base';
import type { Expr, WindowSpec } from './expressions';
import type { LateralView, Relation } from './relations';

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
