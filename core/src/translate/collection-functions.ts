import type { Expr, FunctionCall } from '../sql/ast';
import type { TranslateContext } from './context';
import type { FunctionRewrite } from './function-kit';
import { callTail, fn, functionName, literalString, renamed } from './function-kit';
import { quoteIdent } from './sql-text';
import { isMap } from './value-kinds';

/** `collect_*` skip NULLs and give `[]` for no rows; the set is sorted so results are deterministic. */
function collect(set: boolean) {
  return fn(1, 1, (a, call, ctx) => {
    if (call.filter) ctx.fail(call.filter, `${functionName(call)}() with FILTER has no DuckDB translation: move the condition into a CASE inside it`);
    const list = `list(${a[0]}) FILTER (WHERE ${a[0]} IS NOT NULL)${callTail(call, ctx)}`;
    return set ? `coalesce(list_sort(list_distinct(${list})), [])` : `coalesce(${list}, [])`;
  });
}

/** `named_struct('a', x, ...)`: names must be literals. */
function namedStruct(a: string[], call: FunctionCall, ctx: TranslateContext): string {
  if (a.length % 2 !== 0) ctx.fail(call, 'named_struct() needs name/value pairs');
  const fields: string[] = [];
  for (let i = 0; i < a.length; i += 2) fields.push(`${quoteIdent(literalString(call, i, ctx, 'a field name'), true)} := ${a[i + 1]}`);
  return `struct_pack(${fields.join(', ')})`;
}

/** Spark `struct(a, b)` names fields after plain columns, `colN` otherwise. */
function struct(a: string[], call: FunctionCall): string {
  const name = (arg: Expr, i: number) => (arg.kind === 'ColumnRef' ? arg.parts[arg.parts.length - 1].name : `col${i + 1}`);
  return `struct_pack(${a.map((text, i) => `${quoteIdent(name(call.args[i], i), true)} := ${text}`).join(', ')})`;
}

function map(a: string[], call: FunctionCall, ctx: TranslateContext): string {
  if (a.length % 2 !== 0) ctx.fail(call, 'map() needs key/value pairs');
  const pairs: string[] = [];
  for (let i = 0; i < a.length; i += 2) pairs.push(`${a[i]}: ${a[i + 1]}`);
  return `MAP {${pairs.join(', ')}}`;
}

function size(a: string[], call: FunctionCall, ctx: TranslateContext): string {
  return `CAST(CASE WHEN ${a[0]} IS NULL THEN -1 ELSE ${isMap(call.args[0], ctx) ? 'cardinality' : 'len'}(${a[0]}) END AS INTEGER)`;
}

/** Arrays, maps, structs, JSON and the aggregates that build them. */
export const COLLECTION_FUNCTIONS: Record<string, FunctionRewrite> = {
  collect_set: collect(true),
  collect_list: collect(false),
  // Spark: size(NULL) = -1 (spark.sql.legacy.sizeOfNull, the default outside ANSI mode).
  size: fn(1, 1, size),
  cardinality: fn(1, 1, size),
  array: fn(0, 99, (a) => `[${a.join(', ')}]`),
  map: fn(0, 99, map),
  named_struct: fn(0, 99, namedStruct),
  struct: fn(1, 99, (a, call) => struct(a, call)),
  array_contains: renamed('list_contains', 2),
  // Spark sorts NULLs first ascending and last descending.
  sort_array: fn(1, 2, (a, call) => {
    const desc = call.args[1]?.kind === 'Literal' && call.args[1].value.toLowerCase() === 'false';
    return desc ? `list_sort(${a[0]}, 'DESC', 'NULLS LAST')` : `list_sort(${a[0]}, 'ASC', 'NULLS FIRST')`;
  }),
  array_join: fn(2, 3, (a) => (a[2] ? `array_to_string(list_transform(${a[0]}, x -> coalesce(CAST(x AS VARCHAR), ${a[2]})), ${a[1]})` : `array_to_string(${a[0]}, ${a[1]})`)),
  str_to_map: fn(1, 3, (a) => `strata_str_to_map(${a[0]}, ${a[1] ?? "','"}, ${a[2] ?? "':'"})`),
  map_keys: renamed('map_keys'),
  map_values: renamed('map_values'),
  explode: renamed('unnest'),
  get_json_object: fn(2, 2, (a) => `strata_get_json_object(${a[0]}, ${a[1]})`),
};
