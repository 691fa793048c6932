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
  // Spark months_between: whole months when both days are equal or both month ends, else a fraction of a 31-day month (8 digits).
  strata_months_between: `(a, b, round_off) AS strata_months_between_ts(TRY_CAST(a AS TIMESTAMP), TRY_CAST(b AS TIMESTAMP), round_off)`,
  strata_months_between_ts: `(t1, t2, round_off) AS CASE
    WHEN day(t1) = day(t2) OR (last_day(t1) = CAST(t1 AS DATE) AND last_day(t2) = CAST(t2 AS DATE))
      THEN CAST((year(t1) - year(t2)) * 12 + month(t1) - month(t2) AS DOUBLE)
    ELSE (CASE WHEN round_off THEN round(strata_months_between_raw(t1, t2), 8) ELSE strata_months_between_raw(t1, t2) END) END`,
  strata_months_between_raw: `(t1, t2) AS (year(t1) - year(t2)) * 12 + month(t1) - month(t2)
    + ((day(t1) - day(t2)) * 86400 + epoch(t1 - date_trunc('day', t1)) - epoch(t2 - date_trunc('day', t2))) / (31.0 * 86400)`,
  // Spark str_to_map: both delimiters are regular expressions; a key without a value maps to NULL.
  strata_str_to_map: `(s, pair, kv) AS map_from_entries(list_transform(regexp_split_to_array(s, pair),
    x -> struct_pack(k := regexp_split_to_array(x, kv)[1], v := regexp_split_to_array(x, kv)[2])))`,
  // Spark arr[i] with a computed i: 0-based; NULL for a negative or out-of-range index (DuckDB lists are 1-based, negative from the end).
  strata_array_at: '(a, i) AS CASE WHEN i >= 0 THEN a[i + 1] END',
  // Spark get_json_object: NULL (not an error) for invalid JSON; strings unquoted, other values as JSON text.
  strata_get_json_object: '(js, path) AS CASE WHEN json_valid(js) THEN json_extract_string(js, path) END',
};

/**
 * Session settings of the engines emulated: Spark and Flink sort NULLs first ascending and last
 * descending (DuckDB: last both ways), which decides which row ROW_NUMBER() keeps; the session
 * time zone is UTC.
 */
const SETTINGS = ["SET default_null_order = 'nulls_first_on_asc_last_on_desc'", "SET TimeZone = 'UTC'"];

/** SQL that installs the DuckDB macros and settings the translation relies on (run once per connection before translated SQL). */
export function duckDbPrelude(): string[] {
  return [...duckDbSettings(), ...duckDbMacros()];
}

/**
 * The session settings of {@link duckDbPrelude}; `global`: as defaults for every connection of the
 * database opened afterwards (some settings are per connection).
 */
export function duckDbSettings(scope: 'session' | 'global' = 'session'): string[] {
  return scope === 'session' ? [...SETTINGS] : SETTINGS.map((s) => s.replace(/^SET /, 'SET GLOBAL '));
}

/** The macros of {@link duckDbPrelude}: once per database, visible to every connection that searches it. */
export function duckDbMacros(): string[] {
  // Macros a macro calls come first.
  const first = ['strata_substr_start', 'strata_months_between_raw', 'strata_months_between_ts'];
  const order = [...first, ...Object.keys(MACROS).filter((k) => !first.includes(k))];
  return order.map((name) => `CREATE OR REPLACE MACRO ${name}${MACROS[name]}`);
}
