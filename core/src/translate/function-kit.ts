import type { Expr, FunctionCall } from '../sql/ast';
import type { TranslateContext } from './context';
import { emit, emitWith, substituteVars } from './emit';
import { javaToStrftime } from './java-date-format';
import { quoteString } from './sql-text';

/** How one source function becomes DuckDB: `args` are the emitted arguments. */
export interface FunctionRewrite {
  /** Accepted argument counts, inclusive. */
  min: number;
  max: number;
  emit: (args: string[], call: FunctionCall, ctx: TranslateContext) => string;
}

/** A rewrite taking `min..max` arguments. */
export function fn(min: number, max: number, emitCall: FunctionRewrite['emit']): FunctionRewrite {
  return { min, max, emit: emitCall };
}

/** Renames a function whose DuckDB twin has the same arguments and semantics. */
export function renamed(name: string, min = 1, max = min): FunctionRewrite {
  return fn(min, max, (a) => `${name}(${a.join(', ')})`);
}

/** The value of a string-literal argument (after `${var}` substitution); other expressions are reported. */
export function literalString(call: FunctionCall, index: number, ctx: TranslateContext, what: string): string {
  const arg = call.args[index];
  if (arg?.kind === 'Literal' && arg.type === 'string') return substituteVars(arg.value, ctx);
  if (arg?.kind === 'Variable' && ctx.vars[arg.name] !== undefined) return ctx.vars[arg.name];
  return ctx.fail(arg ?? call, `${what} of ${functionName(call)}() must be a string literal to translate it to DuckDB`);
}

/** A Java datetime pattern argument as a quoted DuckDB format. */
export function dateFormatArg(call: FunctionCall, index: number, ctx: TranslateContext, parse = false): string {
  const pattern = literalString(call, index, ctx, 'the pattern');
  const converted = javaToStrftime(pattern, parse);
  if ('error' in converted) ctx.fail(call.args[index], `${converted.error} in '${pattern}' has no DuckDB equivalent: use y M d H m s S E a in the pattern`);
  return quoteString(converted.format);
}

/** Spark and Hive accept strings, dates and timestamps wherever a timestamp is expected; a bad string is NULL. */
export function asTimestamp(value: string): string {
  return `TRY_CAST(${value} AS TIMESTAMP)`;
}

/** Spark `to_date` of a string, date or timestamp. */
export function asDate(value: string): string {
  return `CAST(TRY_CAST(${value} AS TIMESTAMP) AS DATE)`;
}

/** Lower-case function name as written, without database. */
export function functionName(call: FunctionCall): string {
  return call.name.parts[call.name.parts.length - 1].name.toLowerCase();
}

/** The text after a call's closing parenthesis (` FILTER (...)`, ` OVER (...)`), emitted. */
export function callTail(call: FunctionCall, ctx: TranslateContext): string {
  const last: { end: number } = call.args[call.args.length - 1] ?? call.name;
  const close = ctx.text.indexOf(')', last.end);
  if (close < 0 || close + 1 >= call.end) return '';
  const clauses = [call.filter, call.over].filter((n): n is NonNullable<typeof n> => n !== undefined);
  return emitWith({ start: close + 1, end: call.end }, ctx, [], clauses);
}

export function emitArgs(args: Expr[], ctx: TranslateContext): string[] {
  return args.map((a) => emit(a, ctx));
}
