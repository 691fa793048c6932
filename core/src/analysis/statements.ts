import { mergeLike, tableFromCreate, TableInfo } from '../catalog';
import type { CreateTable, CreateView, MultiInsert, QualifiedName, Query, Statement } from '../sql/ast';
import { Ctx, problem } from './context';
import { commandResult, directoryName } from './commands';
import { checkCreateTable } from './ddl-checks';
import type { LineageEdge } from './lineage-types';
import { mergeLineage } from './merge';
import { checkPartitionSpec } from './partition-specs';
import { evalQuery } from './query';
import { reportUnknownTable, tableShape } from './relations';
import type { Shape } from './shape';
import { createdName, lookupTable } from './table-names';
import { edgesInto, insertEdges } from './targets';

/** What a statement produced before reads/filters are attached. */
export interface StatementResult {
  edges: LineageEdge[];
  writes: string[];
}

const NONE: StatementResult = { edges: [], writes: [] };

/** Lineage of one statement (statement sets are flattened by the caller). */
export function statementResult(stmt: Statement, ctx: Ctx): StatementResult {
  switch (stmt.kind) {
    case 'Insert': {
      const shape = evalQuery(stmt.query, undefined, ctx);
      const { table, edges } = insertEdges(stmt, shape, ctx);
      return { edges, writes: [table] };
    }
    case 'MultiInsert':
      return multiInsert(stmt, ctx);
    case 'CreateTable':
      return createTable(stmt, ctx);
    case 'CreateView':
      return createAs(stmt, viewShape(stmt, ctx), stmt.columns?.map((c) => c.name.name.toLowerCase()), ctx);
    case 'QueryStatement':
      evalQuery(stmt.query, undefined, ctx);
      return NONE;
    case 'Merge':
      return mergeLineage(stmt, ctx);
    case 'DropStatement':
      if (!stmt.name || (stmt.objectType !== 'TABLE' && stmt.objectType !== 'VIEW')) return NONE;
      return dropped(stmt.name, ctx);
    case 'TruncateStatement': {
      const { info, name } = lookupTable(stmt.name, ctx);
      checkPartitionSpec(stmt.partition, info, ctx);
      return { edges: [], writes: [name] };
    }
    case 'AlterTable':
      return alterTable(stmt, ctx);
    default:
      return commandResult(stmt, ctx) ?? NONE;
  }
}

/** Hive multi-insert: each branch selects from the shared FROM (and its lateral views). */
function multiInsert(stmt: MultiInsert, ctx: Ctx): StatementResult {
  const out: StatementResult = { edges: [], writes: [] };
  for (const ins of stmt.inserts) {
    const body = ins.query.body;
    const query: Query = body.kind === 'Select'
      ? { ...ins.query, with: ins.query.with ?? stmt.with, body: { ...body, from: stmt.from, lateralViews: [...stmt.lateralViews, ...body.lateralViews] } }
      : ins.query;
    const shape = evalQuery(query, undefined, ctx);
    if (ins.kind === 'InsertDirectory') {
      out.writes.push(directoryName(ins));
      continue;
    }
    const { table, edges } = insertEdges(ins, shape, ctx);
    out.edges.push(...edges);
    out.writes.push(table);
  }
  return out;
}

/**
 * DDL declares (no lineage; its watermark, key and computed columns are checked); CTAS writes the
 * new table from its query. Both become known to later statements.
 */
function createTable(stmt: CreateTable, ctx: Ctx): StatementResult {
  if (stmt.asQuery) {
    const names = stmt.columns.length > 0 ? stmt.columns.map((c) => c.name.name.toLowerCase()) : undefined;
    return createAs(stmt, evalQuery(stmt.asQuery, undefined, ctx), names, ctx);
  }
  const own = declared(stmt, ctx);
  const base = stmt.like ? likeBase(stmt.like, ctx) : undefined;
  const info = base ? likeTable(own, stmt, base, ctx) : own;
  checkCreateTable(stmt, info, ctx, base !== undefined);
  ctx.catalog.add(info);
  return NONE;
}

/** A view's columns: its query's, or for a Spark `USING` view over files the declared columns (none: unknown). */
function viewShape(view: CreateView, ctx: Ctx): Shape {
  if (!view.using) return evalQuery(view.query, undefined, ctx);
  const columns = (view.columns ?? []).map((c) => ({ name: c.name.name.toLowerCase(), type: c.type?.text, sources: new Map() }));
  return { columns, open: [] };
}

/** The table a `CREATE TABLE ... LIKE` copies: it is read (and must exist, in project mode). */
function likeBase(ref: QualifiedName, ctx: Ctx): TableInfo | undefined {
  const { info, name } = lookupTable(ref, ctx);
  ctx.reads.add(info?.name ?? name);
  if (!info) reportUnknownTable(ctx, ref);
  return info;
}

/** The base's columns merged with the table's own; a column or option Flink would reject as a duplicate is reported. */
function likeTable(own: TableInfo, stmt: CreateTable, base: TableInfo, ctx: Ctx): TableInfo {
  const { table, conflicts } = mergeLike(own, stmt, base);
  for (const conflict of conflicts) {
    if (conflict.kind === 'option') {
      const at = stmt.withOptions.find((o) => o.key === conflict.name) ?? stmt.name;
      problem(ctx, 'duplicate-option', `option '${conflict.name}' is already set by '${base.name}' (LIKE ... INCLUDING OPTIONS); drop it or use OVERWRITING OPTIONS`, at);
      continue;
    }
    const def = stmt.columns.find((c) => c.name.name.toLowerCase() === conflict.name);
    const fix = conflict.origin === 'physical' ? 'rename it' : `rename it or add OVERWRITING ${conflict.origin === 'computed' ? 'GENERATED' : 'METADATA'}`;
    problem(ctx, 'duplicate-column', `column '${conflict.name}' is already a column of '${base.name}' (LIKE); ${fix}`, def?.name ?? stmt.name);
  }
  return table;
}

/** CTAS and views: the target's columns are the query's output columns (renamed by a column list). */
function createAs(stmt: CreateTable | CreateView, shape: Shape, names: string[] | undefined, ctx: Ctx): StatementResult {
  const table = createdName(stmt.name, stmt.temporary, ctx);
  const columns = shape.columns.map((col, i) => ({ name: names?.[i] ?? col.name, col }));
  const seen = new Set<string>();
  for (const { name, col } of columns) {
    if (seen.has(name)) problem(ctx, 'duplicate-column', `duplicate column name '${name}' in '${table}'; give each output column a distinct alias`, col.nameSpan ?? stmt.name);
    seen.add(name);
  }
  const info = declared(stmt, ctx);
  info.columns = columns.map(({ name, col }) => ({ name, type: col.type, partition: false }));
  // `SELECT *` over a table without DDL: the new object has columns nobody declared.
  if (shape.open.length > 0) info.open = true;
  ctx.catalog.add(info);
  return { edges: edgesInto(table, columns, shape.open, stmt), writes: [table] };
}

/** The object a CREATE declares, named as the script means it; open when the statement is broken. */
function declared(stmt: CreateTable | CreateView, ctx: Ctx): TableInfo {
  const info: TableInfo = { ...tableFromCreate(stmt, undefined, ctx.dialect), name: createdName(stmt.name, stmt.temporary, ctx) };
  if (ctx.broken) info.open = true;
  return info;
}

function dropped(ref: QualifiedName, ctx: Ctx): StatementResult {
  const { name } = lookupTable(ref, ctx);
  ctx.catalog.remove(name);
  return { edges: [], writes: [name] };
}

/**
 * RENAME writes the new name (the old name simply stops existing) and carries every known column
 * over, so that build-then-swap jobs (CREATE t_new AS ...; ALTER TABLE t_new RENAME TO t) keep
 * their lineage; partition changes write the table.
 */
function alterTable(stmt: Extract<Statement, { kind: 'AlterTable' }>, ctx: Ctx): StatementResult {
  const { info, name } = lookupTable(stmt.name, ctx);
  for (const spec of stmt.partitions) checkPartitionSpec(spec, info, ctx);
  if (stmt.action === 'RENAME' && stmt.newName) {
    const newName = createdName(stmt.newName, info?.temporary ?? false, ctx);
    if (!info) return { edges: [], writes: [newName] };
    ctx.catalog.remove(name);
    // Spelled as the new name is written (Flink compares table names case-sensitively).
    ctx.catalog.add({ ...info, name: newName, spelling: stmt.newName.parts.map((p) => p.name).join('.') });
    const edges = info.columns.map((c): LineageEdge => {
      const column = c.name.toLowerCase();
      return { source: `${name}.${column}`, target: `${newName}.${column}`, kind: 'direct', start: stmt.start, end: stmt.end };
    });
    return { edges, writes: [newName] };
  }
  if (stmt.action === 'ADD PARTITION' || stmt.action === 'DROP PARTITION') return { edges: [], writes: [name] };
  // The partition moves out of the WITH table into this one. The WITH table loses it but is counted
  // only as read, so that the job filling it stays upstream of this one in the project graph.
  if (stmt.action === 'EXCHANGE PARTITION' && stmt.newName) {
    tableShape(stmt.newName, ctx);
    return { edges: [], writes: [name] };
  }
  return NONE;
}
