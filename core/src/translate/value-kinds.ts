import type { Expr } from '../sql/ast';
import type { TranslateContext } from './context';

/**
 * Whether an expression is an array or a map, where a Spark function behaves differently on the
 * two and DuckDB needs to know: a function known to return one, or a column the statement's
 * tables declare with that type.
 */
const ARRAY_FUNCTIONS = new Set(['split', 'collect_set', 'collect_list', 'array', 'sort_array', 'array_distinct', 'map_keys', 'map_values', 'array_union', 'array_except', 'array_intersect', 'slice']);
const MAP_FUNCTIONS = new Set(['map', 'str_to_map', 'map_from_arrays', 'map_concat']);

export function isArray(expr: Expr | undefined, ctx: TranslateContext): boolean {
  return hasKind(expr, ctx, ARRAY_FUNCTIONS, 'ARRAY');
}

export function isMap(expr: Expr | undefined, ctx: TranslateContext): boolean {
  return hasKind(expr, ctx, MAP_FUNCTIONS, 'MAP');
}

function hasKind(expr: Expr | undefined, ctx: TranslateContext, functions: Set<string>, type: string): boolean {
  if (expr?.kind === 'FunctionCall') return functions.has(expr.name.parts[expr.name.parts.length - 1].name.toLowerCase());
  if (expr?.kind !== 'ColumnRef') return false;
  return ctx.columnType(expr.parts[expr.parts.length - 1].name.toLowerCase())?.startsWith(type) ?? false;
}

const DOUBLE_FUNCTIONS = new Set(['avg', 'stddev', 'stddev_samp', 'stddev_pop', 'variance', 'var_samp', 'var_pop', 'sqrt', 'exp', 'ln', 'log10', 'log2', 'pow', 'power', 'percentile']);

/** Whether an expression is a DOUBLE: a division, a double literal or cast, a double function or column. */
export function isDouble(expr: Expr, ctx: TranslateContext): boolean {
  switch (expr.kind) {
    case 'BinaryExpr':
      return expr.op === '/' || (['+', '-', '*', '%'].includes(expr.op) && (isDouble(expr.left, ctx) || isDouble(expr.right, ctx)));
    case 'Literal':
      return expr.type === 'number' && /[eE]|[dD]$/.test(expr.value);
    case 'CastExpr':
      return ['DOUBLE', 'FLOAT', 'REAL'].includes(expr.type.name);
    case 'FunctionCall':
      return DOUBLE_FUNCTIONS.has(expr.name.parts[expr.name.parts.length - 1].name.toLowerCase());
    case 'ColumnRef':
      return /^(DOUBLE|FLOAT|REAL)/.test(ctx.columnType(expr.parts[expr.parts.length - 1].name.toLowerCase()) ?? '');
    default:
      return false;
  }
}
