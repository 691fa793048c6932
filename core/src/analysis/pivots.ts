import type { ColumnRef, Expr, Identifier, Pivot, PivotValue, SelectItem, Unpivot } from '../sql/ast';
import type { Ctx } from './context';
import { addFilters, exprSources } from './expr';
import { functionName } from './functions';
import { addRelation } from './relations';
import { resolveColumn } from './resolve';
import { makeRel, Rel, Scope } from './scope';
import type { Col, Shape } from './shape';
import { mergeSources, Sources } from './sources';

/**
 * Spark `PIVOT`: the source columns used in neither the aggregates nor the FOR columns (the
 * implicit grouping, direct), then one column per IN value (per value and aggregate when there
 * are several aggregates) fed by its aggregate. The FOR columns only pick rows: filters.
 */
export function pivotRel(pivot: Pivot, scope: Scope, ctx: Ctx): Rel {
  const inner = new Scope(scope.parent);
  addRelation(inner, pivot.source, ctx);
  const used = new Set(pivot.forColumns.map((c) => c.name.toLowerCase()));
  for (const item of pivot.aggregates) collectColumnNames(item.expr, used);
  for (const id of pivot.forColumns) addFilters(ctx, resolveColumn(columnRef([id]), inner, ctx).sources);
  const aggregates = pivot.aggregates.map((item, j) => ({ name: aggregateName(item, j), sources: exprSources(item.expr, inner, ctx), span: item }));
  const columns = inputColumns(inner).filter((c) => !used.has(c.name));
  pivot.values.forEach((value, i) => {
    const valueName = pivotValueName(value, i);
    for (const agg of aggregates) {
      const name = aggregates.length === 1 ? valueName : `${valueName}_${agg.name}`;
      columns.push({ name, sources: agg.sources, span: agg.span, nameSpan: value.alias ?? value });
    }
  });
  const alias = pivot.alias?.name.toLowerCase();
  return makeRel(alias ? [alias] : [], alias ?? 'pivot', { columns, open: inner.rels.flatMap((r) => r.shape.open) });
}

/**
 * Spark `UNPIVOT`: the source columns not unpivoted (direct), the name column (a constant per
 * row: no source), then the value columns, each a direct copy of the listed columns at its position.
 */
export function unpivotRel(unpivot: Unpivot, scope: Scope, ctx: Ctx): Rel {
  const inner = new Scope(scope.parent);
  addRelation(inner, unpivot.source, ctx);
  const listed = new Set<string>();
  const values: Sources[] = unpivot.valueColumns.map(() => new Map());
  for (const entry of unpivot.columns) {
    entry.columns.forEach((ref, k) => {
      // After a syntax error (`IN ()`) an entry may hold an empty name.
      if (ref.parts.length === 0) return;
      listed.add(ref.parts[ref.parts.length - 1].name.toLowerCase());
      if (values[k]) mergeSources(values[k], resolveColumn(ref, inner, ctx).sources);
    });
  }
  const columns = inputColumns(inner).filter((c) => !listed.has(c.name));
  columns.push({ name: unpivot.nameColumn.name.toLowerCase(), sources: new Map(), nameSpan: unpivot.nameColumn });
  unpivot.valueColumns.forEach((id, k) => columns.push({ name: id.name.toLowerCase(), sources: values[k], span: id, nameSpan: id }));
  const alias = unpivot.alias?.name.toLowerCase();
  const shape: Shape = { columns, open: inner.rels.flatMap((r) => r.shape.open) };
  return makeRel(alias ? [alias] : [], alias ?? 'unpivot', shape);
}

/** The source's columns as `*` would list them (USING columns once, SEMI/ANTI right sides left out). */
export function inputColumns(inner: Scope): Col[] {
  const out: Col[] = [...inner.merged.values()];
  const seen = new Set(out.map((c) => c.name));
  for (const rel of inner.rels) {
    for (const col of rel.shape.columns) {
      if (seen.has(col.name)) continue;
      seen.add(col.name);
      out.push(col);
    }
  }
  return out;
}

/** Spark names a value by its alias, else by the value itself (`'ios'` -> `ios`). */
function pivotValueName(value: PivotValue, index: number): string {
  if (value.alias) return value.alias.name.toLowerCase();
  const literal = (e: Expr) => (e.kind === 'Literal' ? e.value.toLowerCase() : undefined);
  const parts = value.expr.kind === 'RowExpr' ? value.expr.items.map(literal) : [literal(value.expr)];
  return parts.every((p) => p !== undefined) ? parts.join('_') : `_c${index}`;
}

function aggregateName(item: SelectItem, index: number): string {
  if (item.alias) return item.alias.name.toLowerCase();
  return item.expr.kind === 'FunctionCall' ? functionName(item.expr) : `_c${index}`;
}

/** Last-part names of every column reference inside `node` (an expression subtree). */
function collectColumnNames(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) collectColumnNames(n, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const maybe = node as Partial<ColumnRef>;
  if (maybe.kind === 'ColumnRef' && maybe.parts && maybe.parts.length > 0) {
    out.add(maybe.parts[maybe.parts.length - 1].name.toLowerCase());
    return;
  }
  for (const value of Object.values(node)) collectColumnNames(value, out);
}

function columnRef(parts: Identifier[]): ColumnRef {
  return { kind: 'ColumnRef', parts, start: parts[0].start, end: parts[parts.length - 1].end };
}
