import type { Expr, FunctionCall, TableFunction } from '../sql/ast';
import type { Ctx } from './context';
import { addFilterExpr, exprSources } from './expr';
import { functionName, generatorColumns, generatorInputs, isWindowTvf } from './functions';
import { lowerNames, tableShape } from './relations';
import { resolveColumn } from './resolve';
import { makeRel, Rel, Scope } from './scope';
import { Col, Shape } from './shape';
import { mergeSources, raise, Sources } from './sources';

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
 * inputs. Names: the aliases, else the function's documented names, else any name (open).
 */
export function generatorRel(call: FunctionCall, alias: string | undefined, aliases: string[], ordinality: boolean, scope: Scope, ctx: Ctx): Rel {
  const inputs: Sources = new Map();
  for (const arg of generatorInputs(call)) mergeSources(inputs, exprSources(arg, scope, ctx));
  const sources = raise(inputs, 'expression');
  let names: string[] | undefined = aliases.length > 0 ? aliases : generatorColumns(call, isMapArg(call.args[0], scope, ctx));
  if (names && ordinality && aliases.length === 0) names = [...names, 'ordinality'];
  const shape: Shape = names
    ? { columns: names.map((name) => ({ name, sources })), open: [] }
    : { columns: [], open: [{ resolve: () => sources, star: sources }] };
  return makeRel(alias ? [alias] : [], alias ?? functionName(call), shape);
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
