import type { FunctionRewrite } from './function-kit';
import type { FunctionCall } from '../sql/ast';
import type { TranslateContext } from './context';
import { rewriteDataType } from './expressions';
import { asTimestamp, callTail, dateFormatArg, fn } from './function-kit';

/** JSON_VALUE: a scalar at the path as a string (NULL for objects, arrays and invalid JSON), optionally cast by RETURNING. */
function jsonValue(a: string[], call: FunctionCall, ctx: TranslateContext): string {
  const { returning, onEmpty, onError } = call.json ?? {};
  if (onEmpty || onError) ctx.fail(call, 'JSON_VALUE ... ON EMPTY / ON ERROR has no DuckDB translation: drop the clause and wrap the call in COALESCE');
  const scalar = `CASE WHEN json_valid(${a[0]}) AND json_type(${a[0]}, ${a[1]}) NOT IN ('OBJECT', 'ARRAY') THEN json_extract_string(${a[0]}, ${a[1]}) END`;
  return returning ? `TRY_CAST(${scalar} AS ${rewriteDataType(returning, ctx)})` : scalar;
}

/**
 * Flink functions that differ from their Spark namesakes. PROCTIME() is the arrival time: the
 * emulation reads it as the wall clock, the same for every row.
 */
const legacyWindow = fn(0, 9, (a, call, ctx) =>
  ctx.fail(call, `the legacy group window ${call.name.parts[0].name.toUpperCase()}() is not emulated: use the window TVF FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), size)) ... GROUP BY window_start, window_end`),
);

export const FLINK_FUNCTIONS: Record<string, FunctionRewrite> = {
  ...Object.fromEntries(['tumble', 'hop', 'session', 'tumble_start', 'tumble_end', 'tumble_rowtime', 'hop_start', 'hop_end', 'session_start', 'session_end'].map((n) => [n, legacyWindow])),
  proctime: fn(0, 0, (a, call, ctx) => {
    ctx.warn(call, 'PROCTIME() is processing time: the DuckDB emulation gives every row the same wall-clock time, so results that depend on arrival time are not reproduced');
    return 'CAST(current_timestamp AS TIMESTAMP)';
  }),
  to_timestamp: fn(1, 2, (a, call, ctx) => (a.length === 1 ? asTimestamp(a[0]) : `try_strptime(CAST(${a[0]} AS VARCHAR), ${dateFormatArg(call, 1, ctx, true)})`)),
  listagg: fn(1, 2, (a, call, ctx) => `string_agg(${a[0]}, ${a[1] ?? "','"})${callTail(call, ctx)}`),
  // Flink names the fields of an anonymous row EXPR$0, EXPR$1, ...
  row: fn(1, 99, (a) => `struct_pack(${a.map((v, i) => `"EXPR$${i}" := ${v}`).join(', ')})`),
  json_value: fn(2, 2, jsonValue),
  split_index: fn(3, 3, (a) => `string_split(${a[0]}, ${a[1]})[${a[2]} + 1]`),
  localtimestamp: fn(0, 0, () => 'CAST(current_timestamp AS TIMESTAMP)'),
};
