import { generatedName, implicitName, transformOutputNames, valuesColumnName } from '../catalog';
import type { Expr, Identifier, Query, QueryBody, Select, SelectItem, SetOperation, Star, TableQuery, Transform, Values } from '../sql/ast';
import { Ctx, problem } from './context';
import { noteCartesianJoins } from './cartesian';
import { defineCte } from './ctes';
import { addFilterExpr, exprSources, valueSources } from './expr';
import { exprType } from './expr-type';
import { addPredicate } from './predicates';
import { selectListGenerator } from './generators';
import { valueOf } from './struct-fields';
import { addLateralView, addRelation, lowerNames } from './relations';
import { resolveColumn } from './resolve';
import { makeRel, Scope } from './scope';
import { Col, OpenPart, renameColumns, Shape } from './shape';
import { mergeSources, raise, Sources } from './sources';

/** The output columns of a query, resolved to base-table sources. `parent` is the enclosing scope. */
export function evalQuery(query: Query, parent: Scope | undefined, ctx: Ctx): Shape {
  const scope = new Scope(parent);
  for (const cte of query.with?.ctes ?? []) defineCte(cte, query.with?.recursive ?? false, scope, ctx);
  const ordering = orderingExprs(query);
  if (query.body.kind === 'Select') return evalSelect(query.body, scope, ctx, ordering);
  const shape = evalBody(query.body, scope, ctx);
  addOrdering(ordering, shape, scope, ctx);
  return shape;
}

/** ORDER BY / SORT BY / DISTRIBUTE BY / CLUSTER BY keys: they shape which rows go where, not values. */
function orderingExprs(query: Query): Expr[] {
  const items = [...(query.orderBy ?? []), ...(query.sortBy ?? [])].map((o) => o.expr);
  return [...items, ...(query.distributeBy ?? []), ...(query.clusterBy ?? [])];
}

/**
 * Ordering keys see the output columns first (select-list aliases), then `inputs` (a SELECT's
 * FROM scope; for set operations only the enclosing scope, for correlation). Their columns are filters.
 */
function addOrdering(exprs: Expr[], output: Shape, inputs: Scope, ctx: Ctx): void {
  if (exprs.length === 0) return;
  const scope = new Scope(inputs);
  scope.addRel(makeRel([], 'the select list', output));
  for (const e of exprs) addFilterExpr(e, scope, ctx);
}

function evalBody(body: QueryBody, scope: Scope, ctx: Ctx): Shape {
  switch (body.kind) {
    case 'Query':
      return evalQuery(body, scope, ctx);
    case 'Select':
      return evalSelect(body, scope, ctx);
    case 'SetOperation':
      return evalSetOperation(body, scope, ctx);
    case 'Values':
      return valuesShape(body, scope, ctx);
    case 'TableQuery':
      return tableQueryShape(body, scope, ctx);
  }
}

/** VALUES rows: Spark names the columns `col1`, `col2`, ... (unless `AS t(a, b)` names them), Hive `_c0`, ...; `DEFAULT` has no source. */
function valuesShape(values: Values, scope: Scope, ctx: Ctx): Shape {
  const width = values.rows[0]?.length ?? 0;
  const columns: Col[] = Array.from({ length: width }, (_, i) => ({ name: valuesColumnName(i, ctx.dialect), sources: new Map() }));
  for (const row of values.rows) {
    row.forEach((e, i) => {
      if (!columns[i]) return;
      mergeSources(columns[i].sources, valueSources(e, scope, ctx));
      // The first row with a typed value types the column (`NULL` in the first row says nothing).
      columns[i].type ??= exprType(e, ctx);
    });
  }
  return renameColumns({ columns, open: [] }, lowerNames(values.columnAliases));
}

/** Spark `TABLE t`: the columns of `t` (a CTE, a view or a table), as `SELECT * FROM t` has them. */
function tableQueryShape(body: TableQuery, scope: Scope, ctx: Ctx): Shape {
  const ref = { kind: 'TableRef' as const, name: body.name, hints: [], start: body.start, end: body.end };
  return addRelation(new Scope(scope), ref, ctx)[0].shape;
}

/**
 * UNION and friends: columns by position, named by the first branch; every branch contributes.
 * `a UNION b UNION c` nests to the left, so that spine is walked with a loop (3,000 branches
 * must not cost 3,000 stack frames). Branches of different widths are reported at the later one.
 */
function evalSetOperation(op: SetOperation, scope: Scope, ctx: Ctx): Shape {
  const spine: SetOperation[] = [];
  let first: QueryBody = op;
  for (; first.kind === 'SetOperation'; first = first.left) spine.push(first);
  const shape = evalBody(first, scope, ctx);
  const open = [...shape.open];
  let columns = shape.columns;
  for (let i = spine.length - 1; i >= 0; i--) {
    const right = evalBody(spine[i].right, scope, ctx);
    if (columns.length !== right.columns.length && open.length === 0 && right.open.length === 0) {
      const message = `${spine[i].op} branches have ${columns.length} and ${right.columns.length} columns; give every branch the same number of columns`;
      problem(ctx, 'set-operation-columns', message, spine[i].right);
    }
    // Struct fields traced in one branch do not hold for the others.
    columns = columns.map((c, j) => (right.columns[j] ? { ...c, sources: mergeSources(new Map(c.sources), right.columns[j].sources), fields: undefined } : c));
    open.push(...right.open);
  }
  return { columns, open };
}

/** One SELECT: FROM and LATERAL VIEWs build the scope, the items are the output, the rest filters. */
export function evalSelect(select: Select, parent: Scope, ctx: Ctx, ordering: Expr[] = []): Shape {
  const scope = new Scope(parent);
  for (const w of select.windows) scope.windows.set(w.name.name.toLowerCase(), w.spec);
  for (const r of select.from) addRelation(scope, r, ctx);
  for (const lv of select.lateralViews) addLateralView(scope, lv, ctx);
  addGroupingId(select, scope, ctx);
  ctx.onScope?.(select, scope, ctx);
  addPredicate(select.where, scope, ctx);
  noteCartesianJoins(select, scope, ctx);
  const shape: Shape = select.transform ? transformShape(select.transform, scope, ctx) : { columns: [], open: [] };
  // Spark 3.4 lateral column aliases: an item may use an earlier item's alias (input columns win).
  if (ctx.dialect === 'spark') scope.aliases = new Map();
  select.items.forEach((item, i) => addItem(shape, item, i, scope, ctx));
  scope.aliases = new Map(shape.columns.map((c) => [c.name, c]));
  for (const g of select.groupBy?.items ?? []) {
    const exprs = g.kind === 'GroupingSets' ? g.sets.flat() : [g];
    for (const e of exprs) addFilterExpr(e, scope, ctx);
  }
  addFilterExpr(select.having, scope, ctx);
  addFilterExpr(select.qualify, scope, ctx);
  addOrdering(ordering, shape, scope, ctx);
  return shape;
}

/**
 * Hive and Spark give a query grouped by GROUPING SETS, ROLLUP or CUBE a built-in column
 * `grouping__id` (which set a row belongs to). It derives from no column, and a real column of
 * that name wins.
 */
function addGroupingId(select: Select, scope: Scope, ctx: Ctx): void {
  const groupBy = select.groupBy;
  if (ctx.dialect === 'flink' || !groupBy || (!groupBy.with && !groupBy.items.some((g) => g.kind === 'GroupingSets'))) return;
  if (scope.rels.some((r) => r.byName.has(GROUPING_ID))) return;
  const rel = makeRel([], 'GROUPING SETS', { columns: [{ name: GROUPING_ID, sources: new Map() }], open: [] });
  rel.hiddenFromStar = true;
  scope.addRel(rel);
}

const GROUPING_ID = 'grouping__id';

/** `TRANSFORM (a, b) USING 'script' AS (c, d)`: every output column is computed by the script from all the inputs. */
function transformShape(t: Transform, scope: Scope, ctx: Ctx): Shape {
  const inputs: Sources = new Map();
  for (const e of t.inputs) mergeSources(inputs, exprSources(e, scope, ctx));
  const sources = raise(inputs, 'expression');
  const names = transformOutputNames(t);
  const columns = names.map((name, i) => ({ name, sources, span: t, nameSpan: t.columns[i]?.name ?? t }));
  return { columns, open: [] };
}

function addItem(shape: Shape, item: SelectItem, index: number, scope: Scope, ctx: Ctx): void {
  if (item.expr.kind === 'Star') {
    expandStar(shape, item.expr, scope, ctx);
    return;
  }
  const span = { start: item.expr.start, end: item.expr.end };
  if (item.aliases && item.aliases.length > 0) {
    // A generator in the select list: `stack(2, a, b, c, d) AS (k, v)`.
    const columns = selectListGenerator(item.expr, item.aliases.length, scope, ctx);
    item.aliases.forEach((a, i) => shape.columns.push({ name: a.name.toLowerCase(), sources: columns[i], span, nameSpan: a }));
    return;
  }
  const { sources, fields } = valueOf(item.expr, scope, ctx);
  const implicit = item.alias?.name.toLowerCase() ?? implicitName(item.expr);
  const name = implicit ?? generatedName(item.expr, index, ctx.dialect);
  const type = exprType(item.expr, ctx);
  const col: Col = { name, type, sources, fields, span, nameSpan: item.alias ?? span, generated: implicit === undefined, aliased: item.alias !== undefined };
  // Flink names are case-sensitive: an alias is spelled exactly as written for the queries around it.
  if (ctx.dialect === 'flink' && item.alias) col.spelling = item.alias.name;
  shape.columns.push(col);
  if (item.alias && !scope.aliases?.has(name)) scope.aliases?.set(name, col);
}

/** `*` / `t.*` from the scope's relations: known columns one by one, undeclared ones as open parts. */
function expandStar(shape: Shape, star: Star, scope: Scope, ctx: Ctx): void {
  const except = new Set(star.except?.map((e) => e.name.toLowerCase()));
  const qualifier = star.qualifier?.map((q) => q.name.toLowerCase()).join('.');
  const target = qualifier ? scope.relNamed(qualifier) : undefined;
  const rels = qualifier ? (target ? [target] : []) : scope.rels.filter((r) => !r.hiddenFromStar);
  const skip = new Set(except);
  const first = shape.columns.length;
  const open = shape.open.length;
  if (!qualifier) {
    for (const col of scope.merged.values()) {
      if (!except.has(col.name)) shape.columns.push({ ...col, span: star });
      skip.add(col.name);
    }
  }
  for (const rel of rels) {
    for (const col of rel.shape.columns) if (!skip.has(col.name)) shape.columns.push({ ...col, span: star });
    shape.open.push(...rel.shape.open);
  }
  if (star.qualifier && !target) shape.open.push(unknownQualifier(star.qualifier, scope, ctx));
  ctx.starColumns?.set(star, shape.open.length > open ? undefined : shape.columns.slice(first).map((c) => c.spelling ?? c.name));
}

/**
 * `x.*` where no relation `x` is in scope: Spark's expansion of a struct column `x` (or `t.x`)
 * when it resolves cleanly, else an error. When relations with undeclared columns leave it
 * unclear, keep an `x.*` edge.
 */
function unknownQualifier(ids: Identifier[], scope: Scope, ctx: Ctx): OpenPart {
  const span = { start: ids[0].start, end: ids[ids.length - 1].end };
  const probe: Ctx = { ...ctx, warnings: [], problems: [] };
  const struct = resolveColumn({ kind: 'ColumnRef', parts: ids, ...span }, scope, probe);
  if (probe.warnings.length === 0 && probe.problems.length === 0) {
    const fields = raise(struct.sources, 'expression');
    return { resolve: () => fields, star: fields };
  }
  const written = ids.map((q) => q.name).join('.');
  if (!scope.hasOpenRelation()) problem(ctx, 'unknown-table', `no relation '${written}' in scope for '${written}.*'`, span);
  const qualifier = written.toLowerCase();
  const star: Sources = new Map([[`${qualifier}.*`, 'direct']]);
  return { resolve: (name) => new Map([[`${qualifier}.${name}`, 'direct']]), star };
}
