/**
 * DuckDB macros for the Spark/Hive functions whose semantics no single DuckDB expression has
 * without repeating an argument. `CREATE OR REPLACE`, so running the prelude twice is harmless.
 */
const MACROS: Record<string, string> = {
  // Spark substr: 1-based; 0 counts as 1; a negative start counts from the end; a window past the
  // start of the string keeps only its part inside the string.
  strata_substr: `(s, pos, len) AS CASE WHEN greatest(strata_substr_start(s, pos), 0) >= strata_substr_start(s, pos) + len THEN ''
    ELSE substring(s, greatest(strata_substr_start(s, pos), 0) + 1,
      greatest(least(strata_substr_start(s, pos) + len, length(s)) - greatest(strata_substr_start(s, pos), 0), 0)) END`,
  strata_substr_from: '(s, pos) AS substring(s, greatest(strata_substr_start(s, pos), 0) + 1)',
  strata_substr_start: '(s, pos) AS CASE WHEN pos > 0 THEN pos - 1 WHEN pos < 0 THEN length(s) + pos ELSE 0 END',
  // Spark locate(sub, s, pos): 1-based position of sub at or after pos; 0 when absent or pos < 1.
  strata_locate: `(sub, s, pos) AS CASE WHEN pos < 1 THEN 0 WHEN instr(substring(s, pos), sub) = 0 THEN 0
    ELSE instr(substring(s, pos), sub) + pos - 1 END`,
  // Spark rounds a DOUBLE HALF_UP on its shortest decimal text (1.005 -> 1.01); DuckDB rounds the binary value (1.0).
  strata_round_double: `(x, d) AS coalesce(CAST(round(TRY_CAST(CAST(x AS VARCHAR) AS DECIMAL(38,18)), d) AS DOUBLE), round(x, d))`,
  // Spark get_json_object: NULL (not an error) for invalid JSON; strings unquoted, other values as JSON text.
  strata_get_json_object: '(js, path) AS CASE WHEN json_valid(js) THEN json_extract_string(js, path) END',
};

/** SQL that installs the DuckDB macros the translation relies on (run once per connection before translated SQL). */
export function duckDbPrelude(): string[] {
  const order = ['strata_substr_start', ...Object.keys(MACROS).filter((k) => k !== 'strata_substr_start')];
  return order.map((name) => `CREATE OR REPLACE MACRO ${name}${MACROS[name]}`);
}
