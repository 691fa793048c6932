import { qualifiedName } from '../catalog';
import type { Expr, Merge } from '../sql/ast';
import type { Ctx } from './context';
import { assignedColumns } from './commands';
import { addFilterExpr, valueSources } from './expr';
import { addRelation, tableShape } from './relations';
import { makeRel, Rel, Scope } from './scope';
import type { Col } from './shape';
import type { StatementResult } from './statements';
import { edgesInto } from './targets';

/**
 * MERGE writes the target from the source. ON and WHEN conditions are filters; the target is
 * read only when a value refers to it (`SET t.cnt = t.cnt + s.cnt`).
 */
export function mergeLineage(stmt: Merge, ctx: Ctx): StatementResult {
  const scope = new Scope();
  const readsBefore = new Set(ctx.reads);
  const { name: table, shape } = tableShape(stmt.target, ctx);
  if (!readsBefore.has(table)) ctx.reads.delete(table);
  const written = qualifiedName(stmt.target);
  const alias = stmt.targetAlias?.name.toLowerCase();
  const target = makeRel(alias ? [alias] : [written, table], table, shape);
  scope.addRel(target);
  const sourceRels = addRelation(scope, stmt.source, ctx);
  addFilterExpr(stmt.on, scope, ctx);
  const columns: { name: string; col: Col }[] = [];
  const open: Rel['shape']['open'] = [];
  const assign = (name: string, value: Expr) => columns.push({ name, col: { name, sources: valueSources(value, scope, ctx), span: value } });
  for (const clause of stmt.clauses) {
    addFilterExpr(clause.condition, scope, ctx);
    if (clause.star) {
      for (const rel of sourceRels) {
        for (const col of rel.shape.columns) columns.push({ name: col.name, col });
        open.push(...rel.shape.open);
      }
      continue;
    }
    columns.push(...assignedColumns(clause.assignments, target, scope, ctx));
    const targets = clause.insertColumns.length > 0 ? clause.insertColumns.map((c) => c.name.toLowerCase()) : shape.columns.map((c) => c.name);
    // `INSERT VALUES (...)` into a target without DDL: the values feed columns nobody named, `t.*`.
    const unnamed = clause.insertColumns.length === 0 && shape.open.length > 0;
    clause.insertValues.forEach((v, i) => (unnamed ? assign('*', v) : targets[i] !== undefined && assign(targets[i], v)));
  }
  if (columns.some(({ col }) => [...col.sources.keys()].some((s) => s.startsWith(`${table}.`)))) ctx.reads.add(table);
  return { edges: edgesInto(table, columns, open, stmt), writes: [table] };
}
