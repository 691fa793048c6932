import type { FunctionCall } from '../sql/ast';
import type { TranslateContext } from './context';
import type { FunctionRewrite } from './function-kit';
import { fn, functionName, literalString, renamed } from './function-kit';
import { quoteString } from './sql-text';
import { isArray } from './value-kinds';

/** Spark `concat_ws` skips NULLs and flattens array arguments (their NULL elements skipped too). */
function concatWs(a: string[], call: FunctionCall, ctx: TranslateContext): string {
  const sep = a[0];
  const parts = a.slice(1).map((text, i) =>
    isArray(call.args[i + 1], ctx) ? `CASE WHEN len(list_filter(${text}, x -> x IS NOT NULL)) > 0 THEN array_to_string(list_filter(${text}, x -> x IS NOT NULL), ${sep}) END` : text,
  );
  return parts.length === 0 ? `CASE WHEN ${sep} IS NOT NULL THEN '' END` : `concat_ws(${sep}, ${parts.join(', ')})`;
}

/** Java regex replacement `$1` is RE2's `\1`. */
function replacement(call: FunctionCall, text: string, ctx: TranslateContext): string {
  const arg = call.args[2];
  if (arg.kind !== 'Literal' || arg.type !== 'string') return text;
  return quoteString(literalString(call, 2, ctx, 'the replacement').replace(/\\\$|\$(\d)/g, (m, group?: string) => (group === undefined ? '$' : `\\${group}`)));
}

/** The group index of `regexp_extract`: DuckDB needs a constant. */
function groupIndex(call: FunctionCall, a: string[], ctx: TranslateContext): string {
  if (a.length < 3) return '1';
  const arg = call.args[2];
  if (arg.kind !== 'Literal' || arg.type !== 'number') ctx.fail(arg, `the group index of ${functionName(call)}() must be a number literal to translate it to DuckDB`);
  return a[2];
}

/** Spark's length is INT (DuckDB's BIGINT would not fit an INT column). */
function length(a: string[]): string {
  return `CAST(length(${a[0]}) AS INTEGER)`;
}

function substr(a: string[]): string {
  return a.length === 2 ? `strata_substr_from(${a[0]}, ${a[1]})` : `strata_substr(${a[0]}, ${a[1]}, ${a[2]})`;
}

/** String functions of Spark, Hive and Flink, before their arguments are made strings. */
const REWRITES: Record<string, FunctionRewrite> = {
  // Spark's concat is NULL when any argument is, like DuckDB's `||` (DuckDB's concat skips NULLs).
  concat: fn(1, 99, (a) => `(${a.join(' || ')})`),
  concat_ws: fn(1, 99, concatWs),
  substr: fn(2, 3, substr),
  substring: fn(2, 3, substr),
  locate: fn(2, 3, (a) => `CAST(strata_locate(${a[0]}, ${a[1]}, ${a[2] ?? '1'}) AS INTEGER)`),
  instr: fn(2, 2, (a) => `CAST(instr(${a[0]}, ${a[1]}) AS INTEGER)`),
  split: fn(2, 3, (a, call, ctx) => {
    const limit = call.args[2];
    if (limit && !(limit.kind === 'Literal' && Number(limit.value) <= 0) && !(limit.kind === 'UnaryExpr'))
      ctx.fail(limit, 'split() with a positive limit has no DuckDB translation: split without a limit and slice the array');
    return `regexp_split_to_array(${a[0]}, ${a[1]})`;
  }),
  lpad: fn(2, 3, (a) => `lpad(${a[0]}, ${a[1]}, ${a[2] ?? "' '"})`),
  rpad: fn(2, 3, (a) => `rpad(${a[0]}, ${a[1]}, ${a[2] ?? "' '"})`),
  regexp_extract: fn(2, 3, (a, call, ctx) => `regexp_extract(${a[0]}, ${a[1]}, ${groupIndex(call, a, ctx)})`),
  regexp_extract_all: fn(2, 3, (a, call, ctx) => `regexp_extract_all(${a[0]}, ${a[1]}, ${groupIndex(call, a, ctx)})`),
  regexp_replace: fn(3, 3, (a, call, ctx) => `regexp_replace(${a[0]}, ${a[1]}, ${replacement(call, a[2], ctx)}, 'g')`),
  regexp_like: renamed('regexp_matches', 2),
  rlike: renamed('regexp_matches', 2),
  lower: renamed('lower'),
  lcase: renamed('lower'),
  upper: renamed('upper'),
  ucase: renamed('upper'),
  trim: renamed('trim'),
  ltrim: renamed('ltrim'),
  rtrim: renamed('rtrim'),
  length: fn(1, 1, length),
  char_length: fn(1, 1, length),
  character_length: fn(1, 1, length),
  reverse: renamed('reverse'),
  repeat: renamed('repeat', 2),
  replace: renamed('replace', 3),
  left: renamed('left', 2),
  right: renamed('right', 2),
  initcap: fn(1, 1, (a) => `array_to_string(list_transform(string_split(lower(${a[0]}), ' '), w -> upper(w[1]) || w[2:]), ' ')`),
  md5: renamed('md5'),
  ascii: renamed('ascii'),
};

/** Which arguments each function reads as a string: Spark casts a number or date there (`lpad(hour, 2, '0')`), DuckDB refuses. */
const STRING_ARGS: Record<string, number> = { locate: 1 };
const NOT_ONLY_STRINGS = new Set(['concat', 'concat_ws', 'reverse']);

/** String functions of Spark, Hive and Flink. */
export const STRING_FUNCTIONS: Record<string, FunctionRewrite> = Object.fromEntries(
  Object.entries(REWRITES).map(([name, rewrite]) => {
    if (NOT_ONLY_STRINGS.has(name)) return [name, rewrite];
    const index = STRING_ARGS[name] ?? 0;
    const emitCall: FunctionRewrite['emit'] = (a, call, ctx) => {
      const arg = call.args[index];
      const text = arg && !(arg.kind === 'Literal' && arg.type === 'string') ? a.map((x, i) => (i === index ? `CAST(${x} AS VARCHAR)` : x)) : a;
      return rewrite.emit(text, call, ctx);
    };
    return [name, { ...rewrite, emit: emitCall }];
  }),
);
