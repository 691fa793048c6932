import type { DataType, Dialect, Identifier, QualifiedName, Span } from './base';
import type { Expr, WindowSpec } from './expressions';
import type { Cte, GroupBy, GroupingSets, OrderAll, OrderItem, Query, QueryBody, SelectItem, Transform, TransformColumn, WithClause } from './queries';
import type { LateralView, PivotValue, Relation, UnpivotColumn } from './relations';
import type { ColumnDef, PartitionSpec, Statement, TableConstraint } from './statements';

export * from './base';
export * from './commands';
export * from './expressions';
export * from './queries';
export * from './relations';
export * from './statements';

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
  | OrderAll
  | Transform
  | TransformColumn
  | TableConstraint
  | GroupBy
  | GroupingSets
  | WindowSpec
  | ColumnDef
  | PartitionSpec
  | PivotValue
  | UnpivotColumn;
