import type { FunctionCall } from '../sql/ast';
import type { TranslateContext } from './context';
import type { FunctionRewrite } from './function-kit';
import { asDate, asTimestamp, dateFormatArg, fn, literalString } from './function-kit';
import { quoteString } from './sql-text';

/** `from_unixtime` and friends read epoch seconds as UTC: the emulated session time zone is UTC. */
// Spark casts the seconds to BIGINT first, truncating a fraction (`ms / 1000`).
const epochToTimestamp = (seconds: string) => `make_timestamp(TRY_CAST(trunc(TRY_CAST(${seconds} AS DOUBLE)) AS BIGINT) * 1000000)`;
const timestampToEpoch = (ts: string) => `CAST(floor(epoch(${ts})) AS BIGINT)`;
/** Spark's date parts are INT; DuckDB's BIGINT would not fit an INT column. */
const int = (value: string) => `CAST(${value} AS INTEGER)`;
const DEFAULT_FORMAT = quoteString('%Y-%m-%d %H:%M:%S');

const TRUNC_UNITS: Record<string, string> = { year: 'year', yyyy: 'year', yy: 'year', quarter: 'quarter', month: 'month', mon: 'month', mm: 'month', week: 'week' };
const DATE_TRUNC_UNITS: Record<string, string> = { ...TRUNC_UNITS, day: 'day', dd: 'day', hour: 'hour', minute: 'minute', second: 'second' };

const UNITS = new Set(['MICROSECOND', 'MILLISECOND', 'SECOND', 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR']);

/** The unit of TIMESTAMPDIFF/TIMESTAMPADD (the parser keeps it as a string literal). */
function unitArg(call: FunctionCall, ctx: TranslateContext): string {
  const unit = literalString(call, 0, ctx, 'the unit').toUpperCase().replace(/^SQL_TSI_/, '');
  return UNITS.has(unit) ? unit : ctx.fail(call.args[0], `unit ${unit} of ${call.name.parts[0].name}() has no DuckDB equivalent: use SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER or YEAR`);
}

/** Whole units elapsed from a[1] to a[2] (DuckDB's `date_sub`, not `date_diff`, which counts boundaries). */
function timestampDiff(a: string[], call: FunctionCall, ctx: TranslateContext): string {
  return `CAST(date_sub('${unitArg(call, ctx).toLowerCase()}', ${asTimestamp(a[1])}, ${asTimestamp(a[2])}) AS INTEGER)`;
}

function unixTimestamp(a: string[], call: FunctionCall, ctx: TranslateContext): string {
  if (a.length === 0) return timestampToEpoch('CAST(current_timestamp AS TIMESTAMP)');
  if (a.length === 1) return timestampToEpoch(asTimestamp(a[0]));
  return timestampToEpoch(`try_strptime(CAST(${a[0]} AS VARCHAR), ${dateFormatArg(call, 1, ctx, true)})`);
}

const FIELDS: Record<string, string> = { YEAR: 'year', YEARS: 'year', Y: 'year', QUARTER: 'quarter', MONTH: 'month', MONTHS: 'month', MON: 'month', WEEK: 'week', DAY: 'day', DAYS: 'day', D: 'day', DOY: 'dayofyear', HOUR: 'hour', HOURS: 'hour', H: 'hour', MINUTE: 'minute', MINUTES: 'minute', M: 'minute' };

/** `EXTRACT(field FROM x)` / `date_part('field', x)`: INT fields; SECOND keeps its fraction (DECIMAL(8,6)) as in Spark. */
function datePart(field: string, value: string, call: FunctionCall, ctx: TranslateContext): string {
  const ts = asTimestamp(value);
  if (/^(SECOND|SECONDS|S|SEC|SECS)$/i.test(field)) return `CAST(epoch(${ts}) - epoch(date_trunc('minute', ${ts})) AS DECIMAL(8,6))`;
  const part = FIELDS[field.toUpperCase()] ?? ctx.fail(call.args[0], `field ${field} of ${call.name.parts[0].name}() has no DuckDB equivalent: use YEAR, QUARTER, MONTH, WEEK, DAY, DOY, HOUR, MINUTE or SECOND`);
  return int(`date_part('${part}', ${ts})`);
}

/** Date and time functions of Spark, Hive and Flink. */
export const DATE_FUNCTIONS: Record<string, FunctionRewrite> = {
  date_format: fn(2, 2, (a, call, ctx) => `strftime(${asTimestamp(a[0])}, ${dateFormatArg(call, 1, ctx)})`),
  from_unixtime: fn(1, 2, (a, call, ctx) => `strftime(${epochToTimestamp(a[0])}, ${a[1] ? dateFormatArg(call, 1, ctx) : DEFAULT_FORMAT})`),
  unix_timestamp: fn(0, 2, unixTimestamp),
  to_unix_timestamp: fn(1, 2, unixTimestamp),
  months_between: fn(2, 3, (a) => `strata_months_between(${a[0]}, ${a[1]}, ${a[2] ?? 'true'})`),
  to_date: fn(1, 2, (a, call, ctx) => (a.length === 1 ? asDate(a[0]) : `CAST(try_strptime(CAST(${a[0]} AS VARCHAR), ${dateFormatArg(call, 1, ctx, true)}) AS DATE)`)),
  to_timestamp: fn(1, 2, (a, call, ctx) => (a.length === 1 ? asTimestamp(a[0]) : `try_strptime(CAST(${a[0]} AS VARCHAR), ${dateFormatArg(call, 1, ctx, true)})`)),
  date_add: fn(2, 2, (a) => `CAST(${asDate(a[0])} + CAST(${a[1]} AS INTEGER) AS DATE)`),
  date_sub: fn(2, 2, (a) => `CAST(${asDate(a[0])} - CAST(${a[1]} AS INTEGER) AS DATE)`),
  datediff: fn(2, 3, (a, call, ctx) => (a.length === 3 ? timestampDiff(a, call, ctx) : `CAST(${asDate(a[0])} - ${asDate(a[1])} AS INTEGER)`)),
  timestampdiff: fn(3, 3, timestampDiff),
  timestampadd: fn(3, 3, (a, call, ctx) => `(${asTimestamp(a[2])} + INTERVAL (${a[1]}) ${unitArg(call, ctx)})`),
  to_timestamp_ltz: fn(1, 2, (a, call) => {
    const millis = call.args[1] === undefined || (call.args[1].kind === 'Literal' && call.args[1].value === '3');
    return `make_timestamp(CAST(${a[0]} AS BIGINT) * ${millis ? 1000 : 1000000})`;
  }),
  add_months: fn(2, 2, (a) => `CAST(${asDate(a[0])} + to_months(CAST(${a[1]} AS INTEGER)) AS DATE)`),
  last_day: fn(1, 1, (a) => `last_day(${asDate(a[0])})`),
  trunc: fn(2, 2, (a, call, ctx) => {
    const unit = TRUNC_UNITS[literalString(call, 1, ctx, 'the unit').toLowerCase()];
    return unit ? `CAST(date_trunc('${unit}', ${asDate(a[0])}) AS DATE)` : 'CAST(NULL AS DATE)';
  }),
  date_trunc: fn(2, 2, (a, call, ctx) => {
    const unit = DATE_TRUNC_UNITS[literalString(call, 0, ctx, 'the unit').toLowerCase()];
    return unit ? `date_trunc('${unit}', ${asTimestamp(a[1])})` : 'CAST(NULL AS TIMESTAMP)';
  }),
  current_date: fn(0, 0, () => 'current_date'),
  current_timestamp: fn(0, 0, () => 'CAST(current_timestamp AS TIMESTAMP)'),
  now: fn(0, 0, () => 'CAST(current_timestamp AS TIMESTAMP)'),
  extract: fn(2, 2, (a, call, ctx) => datePart(literalString(call, 0, ctx, 'the field'), a[1], call, ctx)),
  date_part: fn(2, 2, (a, call, ctx) => datePart(literalString(call, 0, ctx, 'the field'), a[1], call, ctx)),
  year: fn(1, 1, (a) => int(`year(${asTimestamp(a[0])})`)),
  quarter: fn(1, 1, (a) => int(`quarter(${asTimestamp(a[0])})`)),
  month: fn(1, 1, (a) => int(`month(${asTimestamp(a[0])})`)),
  day: fn(1, 1, (a) => int(`day(${asTimestamp(a[0])})`)),
  dayofmonth: fn(1, 1, (a) => int(`day(${asTimestamp(a[0])})`)),
  dayofyear: fn(1, 1, (a) => int(`dayofyear(${asTimestamp(a[0])})`)),
  // Spark counts weekdays from Sunday = 1, DuckDB from Sunday = 0.
  dayofweek: fn(1, 1, (a) => int(`dayofweek(${asTimestamp(a[0])}) + 1`)),
  weekofyear: fn(1, 1, (a) => int(`weekofyear(${asTimestamp(a[0])})`)),
  hour: fn(1, 1, (a) => int(`hour(${asTimestamp(a[0])})`)),
  minute: fn(1, 1, (a) => int(`minute(${asTimestamp(a[0])})`)),
  second: fn(1, 1, (a) => int(`second(${asTimestamp(a[0])})`)),
};
