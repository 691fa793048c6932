import { hive, spark, type DialectOptions } from 'sql-formatter';
import type { Dialect } from '../sql';
import { flink } from './flink-dialect';

/**
 * sql-formatter's dialect per Strata dialect. Spark gains `=>` (named function arguments,
 * `mask(str => 'x')`), which sql-formatter's Spark would split into `= >`.
 */
export const FORMATTER_DIALECTS: Record<Dialect, DialectOptions> = {
  spark: { ...spark, tokenizerOptions: { ...spark.tokenizerOptions, operators: [...(spark.tokenizerOptions.operators ?? []), '=>'] } },
  hive,
  flink,
};
