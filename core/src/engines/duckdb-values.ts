import {
  DuckDBArrayValue, DuckDBDateValue, DuckDBDecimalValue, DuckDBListValue, DuckDBMapValue, DuckDBStructValue,
  DuckDBTimestampMillisecondsValue, DuckDBTimestampNanosecondsValue, DuckDBTimestampSecondsValue, DuckDBTimestampTZValue, DuckDBTimestampValue,
  type DuckDBValue,
} from '@duckdb/node-api';

/**
 * A DuckDB value as plain data for comparisons (see `QueryResult`): integers as number when safe,
 * else bigint; DECIMAL as the text of its exact value; DATE `YYYY-MM-DD`; TIMESTAMP
 * `YYYY-MM-DD HH:MM:SS[.fff]`; lists as arrays; structs and maps as plain objects; NULL as null.
 */
export function normalizeValue(value: DuckDBValue): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (value instanceof DuckDBListValue || value instanceof DuckDBArrayValue) return value.items.map(normalizeValue);
  if (value instanceof DuckDBStructValue) return Object.fromEntries(Object.entries(value.entries).map(([k, v]) => [k, normalizeValue(v)]));
  if (value instanceof DuckDBMapValue) return Object.fromEntries(value.entries.map((e) => [String(normalizeValue(e.key)), normalizeValue(e.value)]));
  if (isTimestamp(value)) return timestampText(value.toString());
  if (value instanceof DuckDBDecimalValue || value instanceof DuckDBDateValue) return value.toString();
  // Blobs, intervals, times, UUIDs: DuckDB's own text.
  return value.toString();
}

function isTimestamp(value: object): boolean {
  return value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue || value instanceof DuckDBTimestampMillisecondsValue
    || value instanceof DuckDBTimestampSecondsValue || value instanceof DuckDBTimestampNanosecondsValue;
}

/** DuckDB writes `.1` for 100 ms; fractions come in whole milli-, micro- or nanoseconds here. */
function timestampText(text: string): string {
  const m = /^(.*\d{2}:\d{2}:\d{2})\.(\d+)(.*)$/.exec(text);
  if (!m) return text;
  const digits = Math.ceil(m[2].length / 3) * 3;
  return `${m[1]}.${m[2].padEnd(digits, '0')}${m[3]}`;
}
