import type { PartitionedTableFunction } from '../sql/ast';
import type { Ctx } from './context';
import { addFilterExpr } from './expr';
import { addRelation } from './relations';
import { makeRel, Rel, Scope } from './scope';
import type { Shape } from './shape';

/** Hive PTFs that pass their input's columns through unchanged. */
const PASS_THROUGH = new Set(['noop', 'noopwithmap', 'noopstreaming', 'noopwithmapstreaming', 'windowingtablefunction']);

/**
 * Hive `noop(ON t PARTITION BY a ORDER BY b)`: the input's columns (the partitioning keys are
 * filters). Other PTFs (`matchpath`, user ones) may add columns: any name then resolves, to `?`.
 */
export function ptfRel(ptf: PartitionedTableFunction, scope: Scope, ctx: Ctx): Rel {
  const input = new Scope(scope.parent);
  const [source] = addRelation(input, ptf.source, ctx);
  for (const e of [...ptf.partitionBy, ...ptf.orderBy.map((o) => o.expr)]) addFilterExpr(e, input, ctx);
  const name = ptf.name.parts.map((p) => p.name.toLowerCase()).join('.');
  const shape: Shape = { columns: source?.shape.columns ?? [], open: source?.shape.open ?? [] };
  if (!PASS_THROUGH.has(name)) shape.open = [...shape.open, { resolve: () => new Map(), star: new Map() }];
  const alias = ptf.alias?.name.toLowerCase();
  // Without an alias, the input's name still qualifies its columns (`noop(ON t ...)` then `t.a`).
  return makeRel(alias ? [alias] : [...(source?.names ?? []), name], alias ?? name, shape);
}
