import type { Expr, IntervalExpr, TableFunction } from '../sql/ast';
import type { TranslateContext } from './context';
import { emit } from './emit';
import { computedColumnsSelect } from './flink-tables';
import { relationName } from './table-names';
import { quoteIdent } from './sql-text';

const UNIT_MICROS: Record<string, number> = { SECOND: 1e6, MINUTE: 6e7, HOUR: 3.6e9, DAY: 8.64e10 };
const ORIGIN = "TIMESTAMP '1970-01-01 00:00:00'";

interface WindowArgs {
  table: string;
  time: string;
  sizes: IntervalExpr[];
}

/**
 * Flink window TVFs over bounded input: every row gets the windows it belongs to, as the
 * `window_start`, `window_end` and `window_time` columns, at the end of input (every window
 * has fired). Windows align to the epoch like Flink's (plus an optional offset).
 */
export function rewriteWindowTvf(node: TableFunction, ctx: TranslateContext): string | undefined {
  const kind = node.call.name.parts[node.call.name.parts.length - 1].name.toUpperCase();
  if (!['TUMBLE', 'HOP', 'CUMULATE', 'SESSION'].includes(kind) || ctx.dialect !== 'flink') return undefined;
  if (kind === 'SESSION') return ctx.fail(node.call.name, 'SESSION windows are not emulated on DuckDB: test this job on Flink');
  const args = windowArgs(node, kind, ctx);
  const alias = node.alias ? quoteIdent(node.alias.name, node.alias.quoted) : quoteIdent(ctx.helperName('window'), true);
  const [first, second] = args.sizes.map((s) => emit(s, ctx));
  const time = `__s.${args.time}`;
  let windows: string;
  if (kind === 'TUMBLE') {
    windows = `SELECT time_bucket(${first}, ${time}, ${origin(args.sizes[1], ctx)}) AS __ws, time_bucket(${first}, ${time}, ${origin(args.sizes[1], ctx)}) + ${first} AS __we`;
  } else {
    const count = windowCount(args.sizes[0], args.sizes[1], ctx);
    const org = origin(args.sizes[2], ctx);
    windows =
      kind === 'HOP'
        ? `SELECT time_bucket(${first}, ${time}, ${org}) - __k * ${first} AS __ws, time_bucket(${first}, ${time}, ${org}) - __k * ${first} + ${second} AS __we FROM range(${count}) AS __r(__k)`
        : `SELECT * FROM (SELECT time_bucket(${second}, ${time}, ${org}) AS __ws, time_bucket(${second}, ${time}, ${org}) + (__k + 1) * ${first} AS __we FROM range(${count}) AS __r(__k)) WHERE __we > ${time}`;
  }
  const select = `SELECT __s.*, __w.__ws AS window_start, __w.__we AS window_end, __w.__we - INTERVAL 1 MILLISECOND AS window_time FROM ${args.table} AS __s CROSS JOIN LATERAL (${windows}) AS __w WHERE ${time} IS NOT NULL`;
  return `(${select}) AS ${alias}`;
}

/** Parameter names of each window TVF in positional order, for calls with named arguments. */
const PARAMETERS: Record<string, string[]> = {
  TUMBLE: ['DATA', 'TIMECOL', 'SIZE', 'OFFSET'],
  HOP: ['DATA', 'TIMECOL', 'SLIDE', 'SIZE', 'OFFSET'],
  CUMULATE: ['DATA', 'TIMECOL', 'STEP', 'SIZE', 'OFFSET'],
};

function windowArgs(node: TableFunction, kind: string, ctx: TranslateContext): WindowArgs {
  const args = node.call.args;
  const named = new Map(args.flatMap((a) => (a.kind === 'NamedArg' ? [[a.name.name.toUpperCase(), a.value] as const] : [])));
  const positional: Expr[] = named.size > 0 ? PARAMETERS[kind].flatMap((p) => named.get(p) ?? []) : args;
  const [table, descriptor, ...rest] = positional;
  if (table?.kind !== 'TableArg') return ctx.fail(node.call, 'a window TVF needs TABLE t as its first argument');
  if (descriptor?.kind !== 'Descriptor' || descriptor.columns.length !== 1) return ctx.fail(node.call, 'a window TVF needs DESCRIPTOR(time_column) as its second argument');
  const sizes = rest.map((r) => (r.kind === 'IntervalExpr' ? r : ctx.fail(r, 'window sizes must be INTERVAL literals to emulate the window')));
  if (sizes.length === 0) ctx.fail(node.call, 'a window TVF needs its size as an INTERVAL');
  const column = descriptor.columns[0];
  if (isProctime(table.name.parts.map((p) => p.name).join('.'), column.name, ctx)) {
    ctx.warn(descriptor, `windows over the processing-time column ${column.name} are not emulated: the DuckDB run puts every row in the window of its arrival order, not of the wall clock`);
  }
  const computed = computedColumnsSelect(table.name, ctx);
  return { table: computed ? `(${computed})` : relationName(table.name, ctx), time: quoteIdent(column.name, true), sizes };
}

/** How many windows of `size` a row is in: size / step (Flink requires a whole multiple). */
function windowCount(step: IntervalExpr, size: IntervalExpr | undefined, ctx: TranslateContext): number {
  if (!size) return ctx.fail(step, 'HOP and CUMULATE need a step and a size');
  const a = micros(step, ctx);
  const b = micros(size, ctx);
  if (b % a !== 0) ctx.fail(size, 'the window size must be a whole multiple of the step (Flink rejects it too)');
  return b / a;
}

function micros(interval: IntervalExpr, ctx: TranslateContext): number {
  const per = UNIT_MICROS[(interval.unit ?? '').replace(/S$/, '')];
  const value = interval.value.kind === 'Literal' ? Number(interval.value.value) : NaN;
  if (!per || !Number.isFinite(value) || interval.parts) ctx.fail(interval, 'only single-unit SECOND/MINUTE/HOUR/DAY intervals are emulated for HOP and CUMULATE');
  return value * per;
}

function origin(offset: IntervalExpr | undefined, ctx: TranslateContext): string {
  return offset ? `${ORIGIN} + ${emit(offset, ctx)}` : ORIGIN;
}

function isProctime(table: string, column: string, ctx: TranslateContext): boolean {
  const info = ctx.table(table);
  const def = info && ctx.computed.get(info.name)?.find((c) => c.name.name.toLowerCase() === column.toLowerCase());
  return def?.computed?.kind === 'FunctionCall' && def.computed.name.parts[0].name.toLowerCase() === 'proctime';
}
