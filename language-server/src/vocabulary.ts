import type { Dialect } from '@strata/core';

/** A built-in function as completion offers it. */
export interface FunctionDoc {
  name: string;
  signature: string;
  doc: string;
}

const words = (text: string): string[] => text.trim().split(/\s+/);

const COMMON_KEYWORDS = words(`
  SELECT FROM WHERE GROUP BY HAVING ORDER LIMIT JOIN LEFT RIGHT FULL INNER OUTER CROSS ON USING AS
  DISTINCT UNION ALL INTERSECT EXCEPT WITH INSERT INTO OVERWRITE TABLE PARTITION VALUES CREATE
  VIEW TEMPORARY IF NOT EXISTS DROP ALTER CASE WHEN THEN ELSE END AND OR IN IS NULL LIKE BETWEEN
  CAST ASC DESC OVER PARTITIONED COMMENT SET USE TRUE FALSE INTERVAL`);

const DIALECT_KEYWORDS: Record<Dialect, string[]> = {
  spark: words(`LATERAL VIEW EXPLODE OUTER SEMI ANTI CLUSTER DISTRIBUTE SORT STORED TBLPROPERTIES CACHE QUALIFY PIVOT UNPIVOT`),
  hive: words(`LATERAL VIEW OUTER SEMI CLUSTER DISTRIBUTE SORT STORED ROW FORMAT TBLPROPERTIES LOCATION EXTERNAL`),
  flink: words(`WATERMARK FOR SYSTEM_TIME OF TUMBLE HOP CUMULATE SESSION DESCRIPTOR WINDOW_START WINDOW_END
    PRIMARY KEY ENFORCED METADATA VIRTUAL STATEMENT EXECUTE BEGIN UNNEST MATCH_RECOGNIZE`),
};

const COMMON_FUNCTIONS: FunctionDoc[] = [
  { name: 'count', signature: 'count(expr) → BIGINT', doc: 'Number of rows (or of non-null values of expr).' },
  { name: 'sum', signature: 'sum(expr) → numeric', doc: 'Sum of the values.' },
  { name: 'avg', signature: 'avg(expr) → DOUBLE', doc: 'Mean of the values.' },
  { name: 'min', signature: 'min(expr)', doc: 'Smallest value.' },
  { name: 'max', signature: 'max(expr)', doc: 'Largest value.' },
  { name: 'coalesce', signature: 'coalesce(a, b, ...)', doc: 'First argument that is not null.' },
  { name: 'concat', signature: 'concat(a, b, ...) → STRING', doc: 'Concatenates strings.' },
  { name: 'concat_ws', signature: 'concat_ws(sep, a, b, ...) → STRING', doc: 'Concatenates strings with a separator.' },
  { name: 'substr', signature: 'substr(s, pos[, len]) → STRING', doc: 'Substring from 1-based pos.' },
  { name: 'lower', signature: 'lower(s) → STRING', doc: 'Lower-cases a string.' },
  { name: 'upper', signature: 'upper(s) → STRING', doc: 'Upper-cases a string.' },
  { name: 'trim', signature: 'trim(s) → STRING', doc: 'Removes leading and trailing spaces.' },
  { name: 'length', signature: 'length(s) → INT', doc: 'Number of characters.' },
  { name: 'round', signature: 'round(x[, d])', doc: 'Rounds half up to d decimal places.' },
  { name: 'abs', signature: 'abs(x)', doc: 'Absolute value.' },
  { name: 'if', signature: 'if(cond, a, b)', doc: 'a when cond is true, else b.' },
  { name: 'nvl', signature: 'nvl(a, b)', doc: 'b when a is null, else a.' },
  { name: 'row_number', signature: 'row_number() OVER (...) → INT', doc: 'Sequential number of the row within its window partition.' },
  { name: 'rank', signature: 'rank() OVER (...) → INT', doc: 'Rank with gaps within the window partition.' },
  { name: 'dense_rank', signature: 'dense_rank() OVER (...) → INT', doc: 'Rank without gaps within the window partition.' },
  { name: 'lag', signature: 'lag(expr[, n[, default]]) OVER (...)', doc: 'Value n rows before the current row.' },
  { name: 'lead', signature: 'lead(expr[, n[, default]]) OVER (...)', doc: 'Value n rows after the current row.' },
  { name: 'date_format', signature: 'date_format(ts, fmt) → STRING', doc: 'Formats a date or timestamp.' },
  { name: 'to_date', signature: 'to_date(s) → DATE', doc: 'Date part of a string or timestamp.' },
  { name: 'date_add', signature: 'date_add(d, n) → DATE', doc: 'd plus n days.' },
  { name: 'date_sub', signature: 'date_sub(d, n) → DATE', doc: 'd minus n days.' },
  { name: 'datediff', signature: 'datediff(end, start) → INT', doc: 'Days from start to end.' },
  { name: 'from_unixtime', signature: 'from_unixtime(seconds[, fmt]) → STRING', doc: 'Formats epoch seconds.' },
  { name: 'unix_timestamp', signature: 'unix_timestamp([s[, fmt]]) → BIGINT', doc: 'Epoch seconds of a time string.' },
  { name: 'get_json_object', signature: 'get_json_object(json, path) → STRING', doc: 'Extracts a value by JSON path.' },
  { name: 'split', signature: 'split(s, regex) → ARRAY<STRING>', doc: 'Splits a string around a regular expression.' },
  { name: 'regexp_replace', signature: 'regexp_replace(s, regex, replacement) → STRING', doc: 'Replaces every match.' },
  { name: 'collect_set', signature: 'collect_set(expr) → ARRAY', doc: 'Distinct values as an array.' },
  { name: 'collect_list', signature: 'collect_list(expr) → ARRAY', doc: 'Values as an array.' },
  { name: 'explode', signature: 'explode(array|map)', doc: 'One row per element (LATERAL VIEW or FROM).' },
];

const DIALECT_FUNCTIONS: Record<Dialect, FunctionDoc[]> = {
  spark: [
    { name: 'approx_count_distinct', signature: 'approx_count_distinct(expr) → BIGINT', doc: 'Estimated number of distinct values (HyperLogLog++).' },
    { name: 'count_if', signature: 'count_if(cond) → BIGINT', doc: 'Number of rows where cond is true.' },
  ],
  hive: [{ name: 'nvl2', signature: 'nvl2(a, b, c)', doc: 'b when a is not null, else c.' }],
  flink: [
    { name: 'TUMBLE', signature: 'TUMBLE(TABLE t, DESCRIPTOR(ts), size)', doc: 'Tumbling window TVF: adds window_start, window_end, window_time.' },
    { name: 'HOP', signature: 'HOP(TABLE t, DESCRIPTOR(ts), slide, size)', doc: 'Hopping window TVF.' },
    { name: 'CUMULATE', signature: 'CUMULATE(TABLE t, DESCRIPTOR(ts), step, size)', doc: 'Cumulating window TVF.' },
    { name: 'PROCTIME', signature: 'PROCTIME() → TIMESTAMP_LTZ(3)', doc: 'Processing-time attribute.' },
    { name: 'TO_TIMESTAMP_LTZ', signature: 'TO_TIMESTAMP_LTZ(epoch, precision) → TIMESTAMP_LTZ', doc: 'Epoch (seconds or millis) to a local-zoned timestamp.' },
  ],
};

/** Keywords worth offering in `dialect`. */
export function keywordsOf(dialect: Dialect): string[] {
  return [...new Set([...COMMON_KEYWORDS, ...DIALECT_KEYWORDS[dialect]])];
}

/** Functions worth offering in `dialect`, with signature and doc. */
export function functionsOf(dialect: Dialect): FunctionDoc[] {
  return [...COMMON_FUNCTIONS, ...DIALECT_FUNCTIONS[dialect]];
}
