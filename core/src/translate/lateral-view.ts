import type { LateralView } from '../sql/ast';
import type { TranslateContext } from './context';
import { emit } from './emit';
import { functionName, literalString } from './function-kit';
import { quoteIdent, quoteString } from './sql-text';
import { isMap } from './value-kinds';

/**
 * Hive/Spark `LATERAL VIEW [OUTER] f(x) t AS c1, c2` → a lateral join on a subquery producing
 * the generator's rows: `CROSS JOIN LATERAL (...) AS t`, or for OUTER `LEFT JOIN LATERAL (...)
 * AS t ON TRUE`, which keeps the row (with NULLs) when the generator yields nothing (also `explode_outer`, ...).
 */
export function rewriteLateralView(node: LateralView, ctx: TranslateContext): string {
  const name = functionName(node.call);
  const outer = node.outer || name.endsWith('_outer');
  const alias = quoteIdent(node.tableAlias?.name ?? ctx.helperName('lateral'), true);
  const join = (select: string, columns = '') => (outer ? `LEFT JOIN LATERAL (${select}) AS ${alias}${columns} ON TRUE` : `CROSS JOIN LATERAL (${select}) AS ${alias}${columns}`);
  if (name === 'inline' || name === 'inline_outer') {
    // The structs' fields become the columns, named by the view's aliases in order.
    if (node.columnAliases.length === 0) ctx.fail(node, 'LATERAL VIEW inline() needs its column names: add AS a, b, ...');
    const columns = `(${node.columnAliases.map((c) => quoteIdent(c.name, true)).join(', ')})`;
    return join(`SELECT unnest(__strata_struct) FROM (SELECT unnest(${emit(node.call.args[0], ctx)}) AS __strata_struct)`, columns);
  }
  const columns = generatorColumns(node, ctx);
  const names = node.columnAliases.length > 0 ? node.columnAliases.map((c) => c.name) : columns.map((c) => c.name);
  if (names.length !== columns.length) ctx.fail(node, `${functionName(node.call)}() produces ${columns.length} column(s) but the LATERAL VIEW names ${names.length}: name each column`);
  return join(`SELECT ${columns.map((c, i) => `${c.expr} AS ${quoteIdent(names[i], true)}`).join(', ')}`);
}

interface GeneratedColumn {
  name: string;
  expr: string;
}

function generatorColumns(node: LateralView, ctx: TranslateContext): GeneratedColumn[] {
  const call = node.call;
  const name = functionName(call).replace(/_outer$/, '');
  const arg = call.args[0] ? emit(call.args[0], ctx) : '';
  switch (name) {
    case 'explode':
      return isMap(call.args[0], ctx)
        ? [{ name: 'key', expr: `unnest(map_keys(${arg}))` }, { name: 'value', expr: `unnest(map_values(${arg}))` }]
        : [{ name: 'col', expr: `unnest(${arg})` }];
    case 'posexplode':
      return isMap(call.args[0], ctx)
        ? [{ name: 'pos', expr: `unnest(range(len(map_keys(${arg}))))` }, { name: 'key', expr: `unnest(map_keys(${arg}))` }, { name: 'value', expr: `unnest(map_values(${arg}))` }]
        : [{ name: 'pos', expr: `unnest(range(len(${arg})))` }, { name: 'col', expr: `unnest(${arg})` }];
    case 'json_tuple':
      return call.args.slice(1).map((_, i) => ({ name: `c${i}`, expr: `strata_get_json_object(${arg}, ${jsonKeyPath(literalString(call, i + 1, ctx, 'a key'))})` }));
    default:
      return ctx.fail(call.name, `LATERAL VIEW ${name}() has no DuckDB translation: use explode, posexplode, inline (or their _outer forms) or json_tuple`);
  }
}

/** `$."key"`: any key, also one with dots or spaces. */
function jsonKeyPath(key: string): string {
  return quoteString(`$."${key.replace(/"/g, '\\"')}"`);
}
