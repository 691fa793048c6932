import type { BetweenExpr, BinaryExpr, Expr } from '../sql/ast';
import type { TranslateContext } from './context';
import { emit } from './emit';

/** Spark functions returning DATE. */
const DATE_FUNCTIONS = new Set(['date_sub', 'date_add', 'add_months', 'to_date', 'trunc', 'last_day', 'current_date', 'next_day', 'date']);
const COMPARISONS = new Set(['=', '==', '<>', '!=', '<', '<=', '>', '>=', '<=>']);

/** A DATE value: a date function, a `DATE '...'` literal or a cast to DATE. */
function isDate(expr: Expr): boolean {
  if (expr.kind === 'FunctionCall') return DATE_FUNCTIONS.has(expr.name.parts[expr.name.parts.length - 1].name.toLowerCase());
  if (expr.kind === 'Literal') return expr.typeName?.toUpperCase() === 'DATE';
  return expr.kind === 'CastExpr' && expr.type.name === 'DATE';
}

/** A string value: a string literal, a `${var}`, or a column the statement's tables declare as STRING. */
function isString(expr: Expr, ctx: TranslateContext): boolean {
  if (expr.kind === 'Literal') return expr.type === 'string' && !expr.typeName;
  if (expr.kind === 'Variable') return true;
  if (expr.kind !== 'ColumnRef') return false;
  const type = ctx.columnType(expr.parts[expr.parts.length - 1].name.toLowerCase());
  return type !== undefined && /^(STRING|VARCHAR|CHAR)/.test(type);
}

/**
 * Spark compares a DATE with a string by casting the string to DATE (`p_date >= date_sub('${date}', 6)`);
 * DuckDB only casts for `=` and refuses `<`, `BETWEEN`. Undefined when nothing needs the cast.
 */
export function dateComparison(node: BinaryExpr, ctx: TranslateContext): string | undefined {
  if (!COMPARISONS.has(node.op)) return undefined;
  const sides = [node.left, node.right];
  if (!sides.some(isDate) || !sides.some((s) => isString(s, ctx))) return undefined;
  const [left, right] = sides.map((s) => asDate(s, ctx));
  return node.op === '<=>' ? `(${left} IS NOT DISTINCT FROM ${right})` : `(${left} ${node.op} ${right})`;
}

/** `x [NOT] BETWEEN low AND high` with a DATE bound and string operands. */
export function dateBetween(node: BetweenExpr, ctx: TranslateContext): string | undefined {
  const parts = [node.expr, node.low, node.high];
  if (node.symmetric || !parts.some(isDate) || !parts.some((s) => isString(s, ctx))) return undefined;
  const [value, low, high] = parts.map((s) => asDate(s, ctx));
  return `(${value} ${node.not ? 'NOT ' : ''}BETWEEN ${low} AND ${high})`;
}

function asDate(expr: Expr, ctx: TranslateContext): string {
  const text = emit(expr, ctx);
  return isString(expr, ctx) ? `TRY_CAST(${text} AS DATE)` : text;
}
