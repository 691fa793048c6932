import type { Expr, FunctionCall, TableFunction } from '../sql/ast';
import type { Ctx } from './context';
import { addFilterExpr, exprSources } from './expr';
import { functionName, generatorColumns, generatorInputs, isWindowTvf } from './functions';
import { lowerNames, tableShape } from './relations';
import { resolveColumn } from './resolve';
import { makeRel, Rel, Scope } from './scope';
import { Col, Shape } from './shape';
import { mergeSources, raise, Sources } from './sources';
import { valueOf } from './struct-fields';

const WINDOW_COLUMNS = ['window_start', 'window_end', 'window_time'];

/** A FROM-clause table function: a Flink window TVF, `UNNEST`, `explode`, or a UDTF. */
export function tableFunctionRel(tf: TableFunction, scope: Scope, ctx: Ctx): Rel {
  const call = unwrapTable(tf.call);
  const alias = tf.alias?.name.toLowerCase();
  if (isWindowTvf(call)) return windowTvfRel(call, alias, scope, ctx);
  return generatorRel(call, alias, lowerNames(tf.columnAliases) ?? [], tf.withOrdinality, scope, ctx);
}

/** `TABLE(TUMBLE(...))` may reach us as a call named TABLE around the real one. */
function unwrapTable(call: FunctionCall): FunctionCall {
  const inner = call.args[0];
  return functionName(call) === 'table' && call.args.length === 1 && inner?.kind === 'FunctionCall' ? inner : call;
}

/**
 * A generator's rows: every output column derives (as an expression) from the generator's
 * inputs, or from the inputs at its position for `stack()` and `inline()` of an array of structs.
 * Names: the aliases, else the function's documented names, else any name (open).
 */
export function generatorRel(call: FunctionCall, alias: string | undefined, aliases: string[], ordinality: boolean, scope: Scope, ctx: Ctx): Rel {
  const positional = positionalColumns(call, scope, ctx);
  if (positional) {
    const names = aliases.length > 0 ? aliases : positional.names;
    const columns = names.map((name, i) => ({ name, sources: positional.sources[i] ?? new Map() }));
    return makeRel(alias ? [alias] : [], alias ?? functionName(call), { columns, open: [] });
  }
  const sources = wholeInputs(call, scope, ctx);
  let names: string[] | undefined = aliases.length > 0 ? aliases : generatorColumns(call, isMapArg(call.args[0], scope, ctx));
  if (names && ordinality && aliases.length === 0) names = [...names, 'ordinality'];
  const shape: Shape = names
    ? { columns: names.map((name) => ({ name, sources })), open: [] }
    : { columns: [], open: [{ resolve: () => sources, star: sources }] };
  return makeRel(alias ? [alias] : [], alias ?? functionName(call), shape);
}

/** The sources of each of `width` columns a select-list generator (`... AS (k, v)`) outputs. */
export function selectListGenerator(expr: Expr, width: number, scope: Scope, ctx: Ctx): Sources[] {
  const positional = expr.kind === 'FunctionCall' ? positionalColumns(expr, scope, ctx) : undefined;
  if (positional) return Array.from({ length: width }, (_, i) => positional.sources[i] ?? new Map());
  const whole = expr.kind === 'FunctionCall' ? wholeInputs(expr, scope, ctx) : exprSources(expr, scope, ctx);
  return Array.from({ length: width }, () => whole);
}

function wholeInputs(call: FunctionCall, scope: Scope, ctx: Ctx): Sources {
  const inputs: Sources = new Map();
  for (const arg of generatorInputs(call)) mergeSources(inputs, exprSources(arg, scope, ctx));
  return raise(inputs, 'expression');
}

/**
 * Generators that map inputs to columns by position: `stack(n, e1, ..., ek)` (column i from
 * every row's i-th value) and `inline(array(struct(a, b), struct(c, d)))` (column i from each
 * struct's i-th field, named by the first struct's fields). Undefined for the others.
 */
function positionalColumns(call: FunctionCall, scope: Scope, ctx: Ctx): { names: string[]; sources: Sources[] } | undefined {
  const name = functionName(call);
  if (name === 'stack') {
    const names = generatorColumns(call, false) ?? [];
    if (names.length === 0) return undefined;
    const sources = names.map(() => new Map() as Sources);
    generatorInputs(call).forEach((arg, i) => mergeSources(sources[i % names.length], raise(exprSources(arg, scope, ctx), 'expression')));
    return { names, sources };
  }
  const array = call.args[0];
  const structs = array?.kind === 'FunctionCall' && functionName(array) === 'array' ? array.args : [];
  if ((name !== 'inline' && name !== 'inline_outer') || structs.length === 0 || !structs.every(isStructCall)) return undefined;
  const rows = structs.map((s) => [...(valueOf(s, scope, ctx).fields?.entries() ?? [])]);
  const sources = rows[0].map((_, i) => {
    const column: Sources = new Map();
    for (const row of rows) if (row[i]) mergeSources(column, raise(row[i][1].sources, 'expression'));
    return column;
  });
  return { names: rows[0].map(([field]) => field), sources };
}

function isStructCall(e: Expr): boolean {
  return e.kind === 'FunctionCall' && (functionName(e) === 'struct' || functionName(e) === 'named_struct');
}

function isMapArg(arg: Expr | undefined, scope: Scope, ctx: Ctx): boolean {
  if (arg?.kind === 'FunctionCall') return ['map', 'str_to_map', 'map_from_arrays', 'map_from_entries'].includes(functionName(arg));
  if (arg?.kind !== 'ColumnRef') return false;
  // Resolving again records no new reads; warnings for this argument were already recorded.
  const probe = { ...ctx, warnings: [], problems: [] };
  return resolveColumn(arg, scope, probe).type?.toUpperCase().startsWith('MAP') ?? false;
}

/**
 * Flink `TUMBLE/HOP/CUMULATE/SESSION(TABLE t, DESCRIPTOR(ts), ...)`: the input's columns plus
 * window_start/window_end/window_time, which derive from the DESCRIPTOR's time column.
 */
function windowTvfRel(call: FunctionCall, alias: string | undefined, scope: Scope, ctx: Ctx): Rel {
  const args = call.args.map((a) => (a.kind === 'NamedArg' ? a.value : a));
  const data = args.find((a) => a.kind === 'TableArg');
  const descriptor = args.find((a) => a.kind === 'Descriptor');
  const input = data?.kind === 'TableArg' ? inputShape(data.name, scope, ctx) : { columns: [], open: [] };
  const inputRel = makeRel([], 'input', input);
  const probe = new Scope(scope);
  probe.addRel(inputRel);
  const time: Sources = new Map();
  if (descriptor?.kind === 'Descriptor') {
    for (const id of descriptor.columns) {
      mergeSources(time, resolveColumn({ kind: 'ColumnRef', parts: [id], start: id.start, end: id.end }, probe, ctx).sources);
    }
  }
  // SESSION(TABLE t PARTITION BY k, ...): the keys only group rows into sessions.
  if (data?.kind === 'TableArg') for (const key of data.partitionBy ?? []) addFilterExpr(key, probe, ctx);
  const windowSources = raise(time, 'expression');
  const extra: Col[] = WINDOW_COLUMNS.map((name) => ({ name, sources: windowSources }));
  const shape: Shape = { columns: [...input.columns.filter((c) => !WINDOW_COLUMNS.includes(c.name)), ...extra], open: input.open };
  return makeRel(alias ? [alias] : [], alias ?? functionName(call), shape);
}

function inputShape(name: TableArgName, scope: Scope, ctx: Ctx): Shape {
  const written = name.parts.map((p) => p.name.toLowerCase()).join('.');
  const cte = name.parts.length === 1 ? scope.findCte(written) : undefined;
  return cte ?? tableShape(name, ctx).shape;
}

type TableArgName = Extract<Expr, { kind: 'TableArg' }>['name'];
