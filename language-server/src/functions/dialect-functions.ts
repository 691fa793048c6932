import { fn, type CatalogEntry } from './function-doc';

/** Functions of one engine (or named differently there), from the engines' function references. */
export const DIALECT_FUNCTIONS: CatalogEntry[] = [
  // Spark
  fn('s', 'approx_count_distinct', 'Estimated number of distinct values (HyperLogLog++), within relative error rsd (default 0.05).', 'approx_count_distinct(expr) → BIGINT', 'approx_count_distinct(expr, rsd) → BIGINT'),
  fn('s', 'count_if', 'Number of rows where cond is true.', 'count_if(cond) → BIGINT'),
  fn('s', 'date_trunc', "ts truncated to the unit fmt ('YEAR', 'MONTH', 'DAY', 'HOUR', ...).", 'date_trunc(fmt, ts) → TIMESTAMP'),
  fn('s', 'to_timestamp', 'Timestamp of a string, read with fmt when given.', 'to_timestamp(str) → TIMESTAMP', 'to_timestamp(str, fmt) → TIMESTAMP'),
  fn('s', 'from_json', 'Parses a JSON string into a value of the given schema.', 'from_json(json_str, schema) → STRUCT', 'from_json(json_str, schema, options) → STRUCT'),
  fn('s', 'array_distinct', 'The array without duplicate elements.', 'array_distinct(array) → ARRAY'),
  fn('s', 'struct', 'A struct of the arguments (fields named after columns, else col1, col2, ...).', 'struct(expr1, expr2, ...) → STRUCT'),
  // Hive
  fn('h', 'json_tuple', 'Values of several top-level keys of a JSON string at once (a UDTF: LATERAL VIEW).', 'json_tuple(json_str, key1, key2, ...)'),
  // Flink
  fn('f', 'TUMBLE', 'Tumbling window TVF: fixed, non-overlapping windows of size; adds window_start, window_end, window_time.', 'TUMBLE(TABLE data, DESCRIPTOR(timecol), size)', 'TUMBLE(TABLE data, DESCRIPTOR(timecol), size, offset)'),
  fn('f', 'HOP', 'Hopping window TVF: windows of size starting every slide (they overlap when slide < size).', 'HOP(TABLE data, DESCRIPTOR(timecol), slide, size)', 'HOP(TABLE data, DESCRIPTOR(timecol), slide, size, offset)'),
  fn('f', 'CUMULATE', 'Cumulating window TVF: windows growing by step from the window start up to size.', 'CUMULATE(TABLE data, DESCRIPTOR(timecol), step, size)', 'CUMULATE(TABLE data, DESCRIPTOR(timecol), step, size, offset)'),
  fn('f', 'SESSION', 'Session window TVF: a window closes after a gap without rows (optionally per key).', 'SESSION(TABLE data PARTITION BY keycols, DESCRIPTOR(timecol), gap)'),
  fn('f', 'PROCTIME', 'Processing-time attribute of the row (declare it as a computed column).', 'PROCTIME() → TIMESTAMP_LTZ(3)'),
  fn('f', 'CURRENT_WATERMARK', 'Current watermark of the rowtime attribute, null before the first one.', 'CURRENT_WATERMARK(rowtime) → TIMESTAMP(3)'),
  fn('f', 'TO_TIMESTAMP_LTZ', 'Epoch seconds (precision 0) or milliseconds (precision 3) as a local-zoned timestamp.', 'TO_TIMESTAMP_LTZ(numeric, precision) → TIMESTAMP_LTZ(3)'),
  fn('f', 'TO_TIMESTAMP', "Timestamp of a string read with fmt (default 'yyyy-MM-dd HH:mm:ss').", 'TO_TIMESTAMP(str) → TIMESTAMP(3)', 'TO_TIMESTAMP(str, fmt) → TIMESTAMP(3)'),
  fn('f', 'TIMESTAMPDIFF', 'Number of unit (SECOND, MINUTE, HOUR, DAY, MONTH, YEAR) between two time points.', 'TIMESTAMPDIFF(unit, timepoint1, timepoint2) → INT'),
  fn('f', 'IFNULL', 'replacement when input is null, else input.', 'IFNULL(input, replacement)'),
  fn('f', 'JSON_VALUE', "Scalar at a JSON path such as '$.a.b' in a JSON string, as STRING unless RETURNING says otherwise.", 'JSON_VALUE(json_str, path)'),
  fn('f', 'SPLIT_INDEX', 'The index-th (0-based) part of str split by the separator, null when out of range.', 'SPLIT_INDEX(str, sep, index) → STRING'),
  fn('f', 'CHAR_LENGTH', 'Number of characters of the string.', 'CHAR_LENGTH(str) → INT'),
  fn('f', 'CARDINALITY', 'Number of elements of an array or entries of a map.', 'CARDINALITY(expr) → INT'),
  fn('f', 'LISTAGG', "Values of the group concatenated with sep (default ',').", 'LISTAGG(expr) → STRING', 'LISTAGG(expr, sep) → STRING'),
  fn('f', 'COLLECT', 'Values of the group as a multiset (duplicates kept).', 'COLLECT(expr) → MULTISET'),
];
