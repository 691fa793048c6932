import type { FunctionCall } from '../sql/ast';

const AGGREGATES = new Set([
  'count', 'sum', 'avg', 'mean', 'min', 'max', 'collect_list', 'collect_set', 'collect', 'count_if',
  'approx_count_distinct', 'approx_distinct', 'percentile', 'percentile_approx', 'approx_percentile',
  'stddev', 'stddev_pop', 'stddev_samp', 'std', 'variance', 'var_pop', 'var_samp', 'first', 'last',
  'first_value', 'last_value', 'any_value', 'bool_and', 'bool_or', 'every', 'some', 'any', 'max_by',
  'min_by', 'array_agg', 'listagg', 'string_agg', 'bit_and', 'bit_or', 'bit_xor', 'corr', 'covar_pop',
  'covar_samp', 'kurtosis', 'skewness', 'median', 'mode', 'histogram_numeric', 'sum_distinct',
  'regr_count', 'regr_avgx', 'regr_avgy', 'regr_slope', 'regr_intercept', 'regr_r2', 'grouping', 'grouping_id',
  'json_objectagg', 'json_arrayagg',
]);

/** Flink windowing table-valued functions: output = input columns + window_start/end/time. */
const WINDOW_TVFS = new Set(['tumble', 'hop', 'cumulate', 'session']);

export function functionName(call: FunctionCall): string {
  const parts = call.name.parts;
  return parts.length > 0 ? parts[parts.length - 1].name.toLowerCase() : '';
}

export function isAggregate(call: FunctionCall): boolean {
  return AGGREGATES.has(functionName(call));
}

export function isWindowTvf(call: FunctionCall): boolean {
  return WINDOW_TVFS.has(functionName(call));
}

/**
 * Output column names of a table-generating function when no aliases are given, or undefined
 * when they depend on types we do not know (`inline` of an array of structs, user UDTFs).
 * `mapArg` says whether the first argument is known to be a MAP.
 */
export function generatorColumns(call: FunctionCall, mapArg: boolean): string[] | undefined {
  const name = functionName(call);
  switch (name) {
    case 'explode':
    case 'explode_outer':
    case 'unnest':
      return mapArg ? ['key', 'value'] : ['col'];
    case 'posexplode':
    case 'posexplode_outer':
      return mapArg ? ['pos', 'key', 'value'] : ['pos', 'col'];
    case 'json_tuple':
    case 'parse_url_tuple':
      return call.args.slice(1).map((_, i) => `c${i}`);
    case 'stack': {
      const n = Number(call.args[0]?.kind === 'Literal' ? call.args[0].value : NaN);
      const width = n > 0 ? Math.ceil((call.args.length - 1) / n) : 0;
      return Array.from({ length: width }, (_, i) => `col${i}`);
    }
    default:
      return undefined;
  }
}

/** Arguments whose values feed a generator's output (json_tuple's keys and stack's count do not). */
export function generatorInputs(call: FunctionCall): FunctionCall['args'] {
  const name = functionName(call);
  if (name === 'json_tuple' || name === 'parse_url_tuple') return call.args.slice(0, 1);
  if (name === 'stack') return call.args.slice(1);
  return call.args;
}
