import type { FunctionCall } from '../sql/ast';
import { COLLECTION_FUNCTIONS } from './collection-functions';
import type { TranslateContext } from './context';
import { DATE_FUNCTIONS } from './date-functions';
import { FLINK_FUNCTIONS } from './flink-functions';
import type { FunctionRewrite } from './function-kit';
import { emitArgs, functionName } from './function-kit';
import { MISC_FUNCTIONS, SAME_IN_DUCKDB } from './misc-functions';
import { STRING_FUNCTIONS } from './string-functions';

/** Every Spark/Hive function the translation knows, by lower-case name. */
const FUNCTIONS: Record<string, FunctionRewrite> = { ...DATE_FUNCTIONS, ...STRING_FUNCTIONS, ...COLLECTION_FUNCTIONS, ...MISC_FUNCTIONS };

/** Rewrites that emit their own `FILTER`/`OVER` tail (the others would lose it). */
const TAIL_AWARE = new Set(['first_value', 'last_value', 'listagg', 'row_number', 'rank', 'dense_rank', 'percent_rank', 'cume_dist', 'collect_set', 'collect_list', 'percentile_approx', 'approx_percentile', 'percentile', 'approx_count_distinct', 'first', 'last', 'any', 'every']);

/** Every function name the translation accepts, per dialect table (for docs and the conventions test). */
export function translatableFunctions(): { spark: string[]; flink: string[] } {
  return { spark: [...SAME_IN_DUCKDB, ...Object.keys(FUNCTIONS)].sort(), flink: Object.keys(FLINK_FUNCTIONS).sort() };
}

/**
 * A function call in DuckDB terms: emitted as written when DuckDB's function is the same,
 * rewritten from the tables, or reported — an unknown function (a UDF, an unsupported built-in)
 * never reaches DuckDB, where a same-named function might compute something else.
 */
export function rewriteFunction(call: FunctionCall, ctx: TranslateContext): string | undefined {
  const name = functionName(call);
  if (call.name.parts.length > 1) unknown(call, ctx);
  if (SAME_IN_DUCKDB.has(name)) {
    if (call.distinct && call.args.length > 1) ctx.fail(call, `${name}(DISTINCT a, b) has no DuckDB translation: count DISTINCT over a struct or concatenation instead`);
    return undefined;
  }
  const rewrite = (ctx.dialect === 'flink' ? FLINK_FUNCTIONS[name] : undefined) ?? FUNCTIONS[name];
  if (!rewrite) return unknown(call, ctx);
  if (call.args.length < rewrite.min || call.args.length > rewrite.max) {
    const count = rewrite.min === rewrite.max ? `${rewrite.min}` : `${rewrite.min} to ${rewrite.max}`;
    ctx.fail(call, `${name}() takes ${count} arguments here, not ${call.args.length}: fix the call`);
  }
  if ((call.over || call.filter) && !TAIL_AWARE.has(name)) ctx.fail(call, `${name}() with OVER or FILTER has no DuckDB translation`);
  return rewrite.emit(emitArgs(call.args, ctx), call, ctx);
}

function unknown(call: FunctionCall, ctx: TranslateContext): never {
  const written = call.name.parts.map((p) => p.name).join('.');
  return ctx.fail(call.name, `function ${written}() has no DuckDB translation (a UDF or an unsupported built-in): rewrite it with supported functions, or leave this job out of local runs`);
}
