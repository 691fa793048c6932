import type { FunctionRewrite } from './function-kit';
import { callTail, fn, renamed } from './function-kit';
import { isDouble } from './value-kinds';

/** Functions DuckDB has with the same arguments and results, emitted as written. */
export const SAME_IN_DUCKDB = new Set([
  'coalesce', 'nullif', 'greatest', 'least', 'abs', 'sqrt', 'exp', 'ln', 'log10', 'log2', 'pow', 'power', 'sign',
  'sum', 'avg', 'min', 'max', 'count', 'stddev', 'stddev_samp', 'stddev_pop', 'variance', 'var_samp', 'var_pop',
  'corr', 'covar_pop', 'covar_samp', 'bool_and', 'bool_or', 'max_by', 'min_by', 'count_if', 'grouping', 'grouping_id',
  'ntile', 'lead', 'lag',
]);

/** Spark's ranking functions may name their ORDER BY columns as arguments (`rank(b)`); DuckDB's take none. */
const ranking = (name: string) => fn(0, 99, (a, call, ctx) => `${name}()${callTail(call, ctx)}`);

/** Spark's ceil/floor of a fraction is a BIGINT; Flink/Hive `FLOOR(ts TO HOUR)` truncates a timestamp. */
function ceilFloor(name: 'ceil' | 'floor', value: string, unit: string | undefined): string {
  if (!unit) return `CAST(${name}(${value}) AS BIGINT)`;
  const floor = `date_trunc('${unit.toLowerCase()}', ${value})`;
  return name === 'floor' ? floor : `CASE WHEN ${floor} = ${value} THEN ${floor} ELSE ${floor} + INTERVAL 1 ${unit} END`;
}

/** Conditionals, math and aggregates that DuckDB spells differently. */
export const MISC_FUNCTIONS: Record<string, FunctionRewrite> = {
  round: fn(1, 2, (a, call, ctx) => (isDouble(call.args[0], ctx) ? `strata_round_double(${a[0]}, ${a[1] ?? '0'})` : `round(${a.join(', ')})`)),
  row_number: ranking('row_number'),
  rank: ranking('rank'),
  dense_rank: ranking('dense_rank'),
  percent_rank: ranking('percent_rank'),
  cume_dist: ranking('cume_dist'),
  uuid: fn(0, 0, () => 'CAST(uuid() AS VARCHAR)'),
  nvl: renamed('coalesce', 2),
  ifnull: renamed('coalesce', 2),
  nvl2: fn(3, 3, (a) => `CASE WHEN ${a[0]} IS NOT NULL THEN ${a[1]} ELSE ${a[2]} END`),
  if: fn(3, 3, (a) => `CASE WHEN ${a[0]} THEN ${a[1]} ELSE ${a[2]} END`),
  isnull: fn(1, 1, (a) => `(${a[0]} IS NULL)`),
  isnotnull: fn(1, 1, (a) => `(${a[0]} IS NOT NULL)`),
  ceil: fn(1, 1, (a, call) => ceilFloor('ceil', a[0], call.toUnit)),
  ceiling: fn(1, 1, (a, call) => ceilFloor('ceil', a[0], call.toUnit)),
  floor: fn(1, 1, (a, call) => ceilFloor('floor', a[0], call.toUnit)),
  // As aggregates (Flink GROUP BY) they are DuckDB's first/last; as window functions they stay.
  first_value: fn(1, 1, (a, call, ctx) => `${call.over ? 'first_value' : 'first'}(${a[0]})${callTail(call, ctx)}`),
  last_value: fn(1, 1, (a, call, ctx) => `${call.over ? 'last_value' : 'last'}(${a[0]})${callTail(call, ctx)}`),
  bround: fn(1, 2, (a) => `round_even(${a[0]}, ${a[1] ?? '0'})`),
  pmod: fn(2, 2, (a) => `(((${a[0]}) % (${a[1]}) + (${a[1]})) % (${a[1]}))`),
  mod: fn(2, 2, (a) => `((${a[0]}) % (${a[1]}))`),
  signum: renamed('sign'),
  // Spark's percentile_approx returns a value of the column: the smallest with at least p of the rows at or below it.
  percentile_approx: fn(2, 3, (a, call, ctx) => `quantile_disc(${a[0]}, ${a[1]})${callTail(call, ctx)}`),
  approx_percentile: fn(2, 3, (a, call, ctx) => `quantile_disc(${a[0]}, ${a[1]})${callTail(call, ctx)}`),
  percentile: fn(2, 2, (a, call, ctx) => `quantile_cont(${a[0]}, ${a[1]})${callTail(call, ctx)}`),
  // Exact on the small inputs of tests, where the sketch of either engine is exact too.
  approx_count_distinct: fn(1, 2, (a, call, ctx) => `count(DISTINCT ${a[0]})${callTail(call, ctx)}`),
  first: fn(1, 1, (a, call, ctx) => `first(${a[0]})${callTail(call, ctx)}`),
  last: fn(1, 1, (a, call, ctx) => `last(${a[0]})${callTail(call, ctx)}`),
  any: fn(1, 1, (a, call, ctx) => `bool_or(${a[0]})${callTail(call, ctx)}`),
  every: fn(1, 1, (a, call, ctx) => `bool_and(${a[0]})${callTail(call, ctx)}`),
};
