import type { BinaryExpr, CastExpr, DataType, Expr, Identifier, IndexAccess, Literal, Span, Star, UnaryExpr, Variable } from '../sql/ast';
import type { TranslateContext } from './context';
import { isArray, isMap } from './value-kinds';
import { INTEGRAL_TYPES, duckDbCastType } from './duckdb-type';
import { dateComparison } from './date-comparisons';
import { emit, substituteVars, unknownVariable } from './emit';
import { quoteIdent, quoteString } from './sql-text';

/** Backtick or double-quoted names become DuckDB double-quoted names; plain names stay as written unless DuckDB reserves them. */
export function rewriteIdentifier(node: Identifier): string {
  return quoteIdent(node.name, node.quoted);
}

/** String literals are re-quoted DuckDB style (no backslash escapes); Spark number suffixes become casts. */
export function rewriteLiteral(node: Literal, ctx: TranslateContext): string | undefined {
  if (node.type === 'string') {
    const value = substituteVars(node.value, ctx);
    const unknown = unknownVariable(value);
    if (unknown) missingVariable(node, unknown, ctx);
    const text = quoteString(value);
    return node.typeName ? `${node.typeName} ${text}` : text;
  }
  if (node.type !== 'number') return undefined;
  const suffix = /^([0-9.eE+-]+)(BD|[LSYDF])$/i.exec(node.value);
  if (!suffix) return undefined;
  const type = { L: 'BIGINT', S: 'SMALLINT', Y: 'TINYINT', D: 'DOUBLE', F: 'FLOAT', BD: 'DECIMAL(38,18)' }[suffix[2].toUpperCase()];
  return `CAST(${suffix[1]} AS ${type})`;
}

/** `${name}` outside a string: its value as SQL text. */
export function rewriteVariable(node: Variable, ctx: TranslateContext): string {
  const value = ctx.vars[node.name];
  return value ?? missingVariable(node, node.name, ctx);
}

function missingVariable(span: Span, name: string, ctx: TranslateContext): never {
  return ctx.fail(span, `variable \${${name}} has no value: declare it under vars in the front matter or pass --var ${name}=VALUE`);
}

export function rewriteDataType(node: DataType, ctx: TranslateContext): string {
  return duckDbCastType(node) ?? ctx.fail(node, `type ${node.text} has no DuckDB equivalent: cast to a supported type (STRING, numeric, DATE, TIMESTAMP, ARRAY, MAP, STRUCT)`);
}

/**
 * Spark and Hive (outside ANSI mode) give NULL for a value that does not convert, so their CAST
 * is DuckDB's TRY_CAST; to an integral type they truncate where DuckDB rounds, hence the trip
 * through an exact DECIMAL and `trunc`. Flink's CAST fails on bad input like DuckDB's.
 */
export function rewriteCast(node: CastExpr, ctx: TranslateContext): string {
  const type = rewriteDataType(node.type, ctx);
  const value = emit(node.expr, ctx);
  if (ctx.dialect === 'flink') return `${node.try ? 'TRY_CAST' : 'CAST'}(${value} AS ${type})`;
  if (INTEGRAL_TYPES.has(type) && isTimestamp(node.expr, ctx)) return `TRY_CAST(floor(epoch(${value})) AS ${type})`;
  if (INTEGRAL_TYPES.has(type) && !isWhole(node.expr)) return `TRY_CAST(trunc(TRY_CAST(${value} AS DECIMAL(38,9))) AS ${type})`;
  return `TRY_CAST(${value} AS ${type})`;
}

const TIMESTAMP_FUNCTIONS = new Set(['to_timestamp', 'current_timestamp', 'now', 'date_trunc', 'from_utc_timestamp', 'to_utc_timestamp']);

/** A TIMESTAMP value: Spark casts it to an integer as epoch seconds. */
function isTimestamp(expr: Expr, ctx: TranslateContext): boolean {
  if (expr.kind === 'CastExpr') return expr.type.name.startsWith('TIMESTAMP');
  if (expr.kind === 'Literal') return expr.typeName?.toUpperCase() === 'TIMESTAMP';
  if (expr.kind === 'FunctionCall') return TIMESTAMP_FUNCTIONS.has(expr.name.parts[expr.name.parts.length - 1].name.toLowerCase());
  return expr.kind === 'ColumnRef' && (ctx.columnType(expr.parts[expr.parts.length - 1].name.toLowerCase())?.startsWith('TIMESTAMP') ?? false);
}

const WHOLE_FUNCTIONS = new Set(['row_number', 'rank', 'dense_rank', 'count', 'ntile', 'length', 'size', 'instr', 'locate']);

/** Expressions that are integral already, so casting them needs no truncation. */
function isWhole(expr: Expr): boolean {
  if (expr.kind === 'Literal') return expr.type === 'number' ? /^-?\d+$/.test(expr.value) : expr.type !== 'string';
  if (expr.kind === 'FunctionCall') return WHOLE_FUNCTIONS.has(expr.name.parts[expr.name.parts.length - 1].name.toLowerCase());
  if (expr.kind === 'CastExpr') return INTEGRAL_TYPES.has(duckDbCastType(expr.type) ?? '');
  return false;
}

/** Spark/Hive `!x` is `NOT x` (DuckDB's `!` is no operator). */
export function rewriteUnary(node: UnaryExpr, ctx: TranslateContext): string | undefined {
  return node.op === 'NOT' && ctx.text[node.start] === '!' ? `(NOT ${emit(node.operand, ctx)})` : undefined;
}

const REGEX_OPS = new Set(['RLIKE', 'REGEXP', 'NOT RLIKE', 'NOT REGEXP']);

/** Operators DuckDB spells differently: `div`, `^`, `rlike`/`regexp`, `<=>`; comparisons of a DATE with strings. */
export function rewriteBinary(node: BinaryExpr, ctx: TranslateContext): string | undefined {
  const dates = dateComparison(node, ctx);
  if (dates !== undefined) return dates;
  // Spark's `^` is bitwise XOR; DuckDB's is a power.
  if (node.op === '^') return `xor(${emit(node.left, ctx)}, ${emit(node.right, ctx)})`;
  if (node.op === 'DIV') return `(${emit(node.left, ctx)} // ${emit(node.right, ctx)})`;
  if (node.op === '<=>') return `(${emit(node.left, ctx)} IS NOT DISTINCT FROM ${emit(node.right, ctx)})`;
  if (REGEX_OPS.has(node.op)) {
    const test = `regexp_matches(${emit(node.left, ctx)}, ${emit(node.right, ctx)})`;
    return node.op.startsWith('NOT') ? `(NOT ${test})` : test;
  }
  return undefined;
}

/**
 * `m[k]` reads a map (DuckDB: the value, or NULL for a missing key); `a[i]` is 0-based in Spark
 * and Hive (NULL when out of range, negative included) and 1-based in DuckDB (negative: from the
 * end) and Flink. A literal index is shifted in place; a computed one needs to know whether the
 * operand is an array or a map (a function known to return one, or a declared column).
 */
export function rewriteIndex(node: IndexAccess, ctx: TranslateContext): string {
  const object = emit(node.object, ctx);
  const index = node.index;
  const key = () => `${object}[${emit(index, ctx)}]`;
  if ((index.kind === 'Literal' && index.type === 'string') || ctx.dialect === 'flink' || isMap(node.object, ctx)) return key();
  const literal = index.kind === 'Literal' && index.type === 'number' ? Number(index.value) : index.kind === 'Variable' ? Number(ctx.vars[index.name]) : NaN;
  if (Number.isInteger(literal)) return literal < 0 ? 'NULL' : `${object}[${literal + 1}]`;
  if (isArray(node.object, ctx)) return `strata_array_at(${object}, ${emit(index, ctx)})`;
  const operand = ctx.text.slice(node.object.start, node.object.end);
  return ctx.fail(index, `index ${ctx.text.slice(index.start, index.end)} is computed and ${operand} is not known to be an array or a map (arrays count from 0, maps are read by key): declare its column ARRAY<...> or MAP<...>, or write element_at(array, i + 1) / element_at(map, key)`);
}

/** Spark `* EXCEPT (a, b)` is DuckDB `* EXCLUDE (a, b)`. */
export function rewriteStar(node: Star, ctx: TranslateContext): string | undefined {
  if (!node.except) return undefined;
  const prefix = node.qualifier ? `${node.qualifier.map((q) => rewriteIdentifier(q)).join('.')}.` : '';
  void ctx;
  return `${prefix}* EXCLUDE (${node.except.map((e) => rewriteIdentifier(e)).join(', ')})`;
}
