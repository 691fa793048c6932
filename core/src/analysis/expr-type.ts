import type { Expr, FunctionCall } from '../sql/ast';
import type { Ctx } from './context';
import { functionName } from './functions';
import { integerLiteralType, typeFamily, widerNumeric } from './sql-types';

/**
 * The type of an expression, good enough for insert and comparison checks: column types from
 * the catalog (through CTEs and subqueries), literals, CAST, arithmetic, CASE, and the common
 * built-in functions. Undefined when unsure (unknown functions, subqueries, struct fields): a
 * check never guesses. Columns are not resolved again: their types are the ones name resolution
 * recorded (`FactCollector.columnType`), so call this after the expression was resolved.
 */
export function exprType(expr: Expr, ctx: Ctx): string | undefined {
  switch (expr.kind) {
    case 'Literal':
      return literalType(expr);
    case 'ColumnRef':
      return ctx.facts.columnType(expr);
    case 'CastExpr':
      return expr.type.text;
    case 'BinaryExpr':
      return binaryChainType(expr, ctx);
    case 'UnaryExpr':
      return expr.op.toUpperCase() === 'NOT' ? 'BOOLEAN' : exprType(expr.operand, ctx);
    case 'CaseExpr':
      return firstKnown([...expr.whens.map((w) => w.then), ...(expr.else ? [expr.else] : [])], ctx);
    case 'InExpr':
    case 'BetweenExpr':
    case 'IsExpr':
    case 'ExistsExpr':
      return 'BOOLEAN';
    case 'FunctionCall':
      return callType(expr, ctx);
    default:
      return undefined;
  }
}

function literalType(lit: Extract<Expr, { kind: 'Literal' }>): string | undefined {
  if (lit.typeName) return lit.typeName.toUpperCase();
  switch (lit.type) {
    case 'string':
      return 'STRING';
    case 'boolean':
      return 'BOOLEAN';
    case 'null':
      return undefined;
    case 'number':
      return numberLiteralType(lit.value);
  }
}

/** `1` (the smallest integral type holding it), `1L`, `1.5` / `1.5BD` (a decimal), `1e3` / `1.5D` (double). */
function numberLiteralType(text: string): string | undefined {
  const upper = text.toUpperCase();
  if (upper.endsWith('BD')) return 'DECIMAL';
  if (upper.includes('E') || upper.endsWith('D') || upper.endsWith('F')) return 'DOUBLE';
  if (upper.includes('.')) return 'DECIMAL';
  if (upper.endsWith('L')) return 'BIGINT';
  if (upper.endsWith('S')) return 'SMALLINT';
  if (upper.endsWith('Y')) return 'TINYINT';
  return /^\d+$/.test(text) ? integerLiteralType(text) : undefined;
}

const COMPARISON = new Set(['=', '==', '<>', '!=', '<', '>', '<=', '>=', '<=>', 'AND', 'OR', 'LIKE', 'NOT LIKE', 'ILIKE', 'NOT ILIKE', 'RLIKE', 'REGEXP', 'SIMILAR TO']);

/**
 * `a + b + c ...` nests to the left: folded along that spine with a loop (a 3,000-term sum must
 * not cost 3,000 stack frames). Comparisons and logic are BOOLEAN, `||` a STRING; `/` divides as
 * DOUBLE unless a decimal is involved (Spark, Hive).
 */
function binaryChainType(expr: Extract<Expr, { kind: 'BinaryExpr' }>, ctx: Ctx): string | undefined {
  const spine: Extract<Expr, { kind: 'BinaryExpr' }>[] = [];
  let leftmost: Expr = expr;
  for (; leftmost.kind === 'BinaryExpr'; leftmost = leftmost.left) {
    const op = leftmost.op.toUpperCase();
    if (COMPARISON.has(op) || op === '||') break;
    spine.push(leftmost);
  }
  if (spine.length === 0) return COMPARISON.has(expr.op.toUpperCase()) ? 'BOOLEAN' : 'STRING';
  let type = exprType(leftmost, ctx);
  for (let i = spine.length - 1; i >= 0 && type; i--) {
    const right = exprType(spine[i].right, ctx);
    const wider = right && widerNumeric(type, right);
    type = wider && spine[i].op === '/' ? (typeFamily(wider) === 'decimal' ? 'DECIMAL' : 'DOUBLE') : wider;
  }
  return type;
}

function firstKnown(exprs: Expr[], ctx: Ctx): string | undefined {
  for (const e of exprs) {
    const t = exprType(e, ctx);
    if (t) return t;
  }
  return undefined;
}

/** Functions whose result type does not depend on their arguments. */
const FIXED = new Map<string, string>(Object.entries({
  count: 'BIGINT', count_if: 'BIGINT', approx_count_distinct: 'BIGINT', unix_timestamp: 'BIGINT', to_unix_timestamp: 'BIGINT',
  length: 'INT', char_length: 'INT', datediff: 'INT', size: 'INT', year: 'INT', month: 'INT', day: 'INT', dayofmonth: 'INT', hour: 'INT', minute: 'INT', second: 'INT', instr: 'INT', locate: 'INT',
  avg: 'DOUBLE', stddev: 'DOUBLE', variance: 'DOUBLE', rand: 'DOUBLE', random: 'DOUBLE',
  concat: 'STRING', concat_ws: 'STRING', substr: 'STRING', substring: 'STRING', upper: 'STRING', lower: 'STRING', trim: 'STRING', ltrim: 'STRING', rtrim: 'STRING',
  date_format: 'STRING', from_unixtime: 'STRING', regexp_extract: 'STRING', regexp_replace: 'STRING', get_json_object: 'STRING', md5: 'STRING', lpad: 'STRING', rpad: 'STRING', replace: 'STRING', uuid: 'STRING',
  to_date: 'DATE', current_date: 'DATE', date_add: 'DATE', date_sub: 'DATE', last_day: 'DATE',
  current_timestamp: 'TIMESTAMP', now: 'TIMESTAMP', to_timestamp: 'TIMESTAMP',
}));

/** Functions whose result has the type of their (first known) value argument. */
const SAME_AS_ARGUMENT = new Set(['min', 'max', 'first', 'last', 'first_value', 'last_value', 'any_value', 'coalesce', 'nvl', 'ifnull', 'greatest', 'least', 'abs', 'lag', 'lead', 'round', 'nullif']);

/** Ranking window functions: INT in Spark and Hive, BIGINT in Flink. */
const RANKING = new Set(['row_number', 'rank', 'dense_rank', 'ntile']);

function callType(call: FunctionCall, ctx: Ctx): string | undefined {
  const name = functionName(call);
  const fixed = FIXED.get(name);
  if (fixed) return fixed;
  if (RANKING.has(name)) return ctx.dialect === 'flink' ? 'BIGINT' : 'INT';
  // lag/lead(x, offset, default) and round(x, digits): the value is the first argument.
  if (SAME_AS_ARGUMENT.has(name)) return name === 'lag' || name === 'lead' || name === 'round' ? exprType(call.args[0], ctx) : firstKnown(call.args, ctx);
  if (name === 'if') return firstKnown(call.args.slice(1), ctx);
  if (name === 'sum') return sumType(call.args[0] && exprType(call.args[0], ctx));
  return undefined;
}

/** `sum` widens integers to BIGINT and floats to DOUBLE; a decimal sum stays a decimal of more digits. */
function sumType(arg: string | undefined): string | undefined {
  if (!arg) return undefined;
  const family = typeFamily(arg);
  if (family === 'integral') return 'BIGINT';
  if (family === 'floating') return 'DOUBLE';
  return family === 'decimal' ? 'DECIMAL' : undefined;
}
