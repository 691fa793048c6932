import type { TableInfo } from '../catalog';
import type { Insert, Span } from '../sql/ast';
import type { InsertFact } from './facts';
import { Ctx, problem } from './context';
import { exprSources } from './expr';
import { checkInsertShape } from './insert-shape';
import { reportUnknownTable } from './relations';
import type { LineageEdge } from './lineage-types';
import { Scope } from './scope';
import type { Col, Shape } from './shape';
import { lookupTable } from './table-names';

/** Edges into `table` for named output columns, plus `table.*` edges for open parts. */
export function edgesInto(table: string, columns: { name: string; col: Col }[], open: Shape['open'], at: Span): LineageEdge[] {
  const edges: LineageEdge[] = [];
  for (const { name, col } of columns) {
    const span = col.span ?? at;
    for (const [source, kind] of col.sources) edges.push({ source, target: `${table}.${name}`, kind, start: span.start, end: span.end });
  }
  for (const part of open) {
    for (const [source, kind] of part.star) edges.push({ source, target: `${table}.*`, kind, start: at.start, end: at.end });
  }
  return edges;
}

/**
 * The written columns of an INSERT. With the target's DDL (and no column list) the select
 * items map by position onto the table's writable columns (not computed or VIRTUAL metadata
 * columns) minus static partitions; with a column list, onto the list then the dynamic
 * partitions; otherwise (and for Spark `BY NAME`) by output name, the trailing items feeding the dynamic
 * partition columns.
 */
export function insertEdges(ins: Insert, shape: Shape, ctx: Ctx): { table: string; edges: LineageEdge[] } {
  const { info: found, name: table } = lookupTable(ins.table, ctx);
  // A target declared by a broken statement is treated as a table without DDL (no follow-up errors).
  const info = found?.open ? undefined : found;
  const statics = ins.partition.filter((p) => p.value !== undefined);
  const staticNames = new Set(statics.map((p) => p.column.name.toLowerCase()));
  const dynamic = ins.partition.filter((p) => p.value === undefined).map((p) => p.column.name.toLowerCase());
  const list = ins.columns?.map((c) => c.name.toLowerCase());
  // Spark `BY NAME` matches the select's output names to the target's columns: no positions.
  // Hive lets the column list name a dynamic partition column of the PARTITION clause too.
  const names = ins.byName ? undefined : list ? [...list, ...dynamic.filter((d) => !list.includes(d))] : info?.columns.filter((c) => !c.readOnly && !staticNames.has(c.name)).map((c) => c.name);
  if (!found) reportUnknownTable(ctx, ins.table);
  else if (info) checkInsertShape(ins, shape, ctx, { table, info, names, list, staticCount: info.columns.filter((c) => staticNames.has(c.name)).length });
  const positional = names !== undefined && shape.open.length === 0;
  if (positional && info && names.length === shape.columns.length) ctx.facts.insert(insertFact(ins, table, info, names, shape.columns));
  const n = shape.columns.length;
  const columns: { name: string; col: Col }[] = [];
  shape.columns.forEach((col, i) => {
    const byOutputName = !positional && i < n - dynamic.length;
    const name = positional ? names[i] : byOutputName ? col.name : dynamic[i - (n - dynamic.length)];
    // The expression where the name was generated (a `*` may have brought it from a subquery).
    if (byOutputName && !info && col.generated) unnamedColumn(col.name, col.nameSpan ?? col.span ?? ins.query, ctx);
    if (name !== undefined) columns.push({ name, col });
  });
  for (const p of statics) {
    const sources = exprSources(p.value!, new Scope(), { ...ctx, warnings: [], problems: [] });
    if (sources.size > 0) columns.push({ name: p.column.name.toLowerCase(), col: { name: '', sources, span: p.value } });
  }
  return { table, edges: edgesInto(table, columns, shape.open, ins.query) };
}

/** Which select item goes into which target column, with both types, for the insert lint rules. */
function insertFact(ins: Insert, table: string, info: TableInfo, names: string[], columns: Col[]): InsertFact {
  const types = new Map(info.columns.map((c) => [c.name, c.type]));
  return {
    table, start: ins.start, end: ins.end,
    columns: columns.map((col, i) => {
      const span = col.span ?? ins.query;
      const nameSpan = col.nameSpan ?? span;
      const naming = col.aliased ? 'alias' : col.generated ? 'generated' : 'column';
      return { target: names[i], targetType: types.get(names[i]), name: col.name, naming, type: col.type, nameStart: nameSpan.start, nameEnd: nameSpan.end, start: span.start, end: span.end };
    }),
  };
}

const ENGINE: Record<Ctx['dialect'], string> = { spark: 'Spark', hive: 'Hive', flink: 'Flink' };

/**
 * An unaliased expression written into a table whose columns are unknown: the written column can
 * only be named by the engine's generated name, which is surely not the table's column name.
 */
function unnamedColumn(name: string, at: Span, ctx: Ctx): void {
  const message = `give this expression an alias: the target table has no DDL, so the column name would be ${ENGINE[ctx.dialect]}'s generated name '${name}'`;
  problem(ctx, 'unnamed-column', message, at, 'warning');
}
