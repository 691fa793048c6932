import type { AlterObject, AnalyzeStatement, Assignment, CommandStatement, Delete, DescribeStatement, Expr, Identifier, InsertDirectory, PartitionSpec, PlanStatement, QualifiedName, Statement, Update } from '../sql/ast';
import { closest } from '../text/closest';
import { Ctx, problem, suggestion } from './context';
import { addFilterExpr, exprSources, valueSources } from './expr';
import { checkPartitionSpec } from './partition-specs';
import { evalQuery } from './query';
import { addRelation, reportUnknownTable, tableShape } from './relations';
import { Rel, Scope } from './scope';
import type { Col } from './shape';
import { statementResult, type StatementResult } from './statements';
import { lookupTable } from './table-names';
import { edgesInto } from './targets';

const NONE: StatementResult = { edges: [], writes: [] };

/**
 * Reads and writes of the statements that are neither queries, inserts nor table DDL. Those that
 * only look at a table (DESCRIBE, SHOW PARTITIONS, REFRESH) read nothing, but in project mode the
 * table must exist, as in a SELECT. Undefined for statements of another kind.
 */
export function commandResult(stmt: Statement, ctx: Ctx): StatementResult | undefined {
  switch (stmt.kind) {
    case 'Update':
      return updateResult(stmt, ctx);
    case 'Delete':
      return deleteResult(stmt, ctx);
    case 'LoadData':
      return { edges: [], writes: [writtenTable(stmt.table, ctx, stmt.partition)] };
    case 'InsertDirectory':
      evalQuery(stmt.query, undefined, ctx);
      return { edges: [], writes: [directoryName(stmt)] };
    case 'AnalyzeStatement':
      return analyzeResult(stmt, ctx);
    case 'CommandStatement':
      return commandStatement(stmt, ctx);
    case 'DescribeStatement':
      describe(stmt, ctx);
      return NONE;
    case 'ShowStatement':
      if (stmt.name && SHOWS_TABLE.has(stmt.what)) looksAt(stmt.name, ctx);
      return NONE;
    case 'AlterObject':
      return alterObject(stmt, ctx);
    case 'ExplainStatement':
      if (stmt.statement) explained(stmt.statement, ctx);
      return NONE;
    case 'PlanStatement':
      return planResult(stmt, ctx);
    case 'FunctionStatement':
    case 'DatabaseStatement':
    case 'DeclareVariable':
    case 'SetVariable':
    case 'ExecuteImmediate':
      // Session variables and dynamic SQL: the string a statement runs is only known at run time.
      return NONE;
    default:
      return undefined;
  }
}

/** An explained statement is checked like the statement itself, but nothing runs: no reads, no writes, no new objects. */
function explained(stmt: Statement, ctx: Ctx): void {
  statementResult(stmt, { ...ctx, catalog: ctx.catalog.child(), reads: new Set(), filters: new Set() });
}

/**
 * `COMPILE PLAN ... FOR stmt` only compiles (like EXPLAIN); `COMPILE AND EXECUTE` also runs the
 * statement (each of a statement set's); `EXECUTE PLAN 'file'` runs a plan we cannot see.
 */
function planResult(stmt: PlanStatement, ctx: Ctx): StatementResult {
  const inner = stmt.statement;
  if (!inner) return NONE;
  if (!stmt.execute) {
    explained(inner, ctx);
    return NONE;
  }
  const out: StatementResult = { edges: [], writes: [] };
  for (const s of inner.kind === 'StatementSet' ? inner.statements : [inner]) {
    const { edges, writes } = statementResult(s, ctx);
    out.edges.push(...edges);
    out.writes.push(...writes);
  }
  return out;
}

/** How a directory written by `INSERT OVERWRITE [LOCAL] DIRECTORY` is named among tables: `directory:'/path'` (`local-directory:` for LOCAL). */
export function directoryName(stmt: InsertDirectory): string {
  return `${stmt.local ? 'local-directory' : 'directory'}:'${stmt.path ?? ''}'`;
}

/** UPDATE rewrites the table from its own rows: it reads and writes it; each SET column gets its value's sources. */
function updateResult(stmt: Update, ctx: Ctx): StatementResult {
  const { scope, rel, table } = targetScope(stmt, ctx);
  addFilterExpr(stmt.where, scope, ctx);
  const columns = assignedColumns(stmt.assignments, rel, scope, ctx);
  return { edges: edgesInto(table, columns, [], stmt), writes: [table] };
}

/** DELETE keeps the rows its WHERE does not match: it reads and writes the table. */
function deleteResult(stmt: Delete, ctx: Ctx): StatementResult {
  const { scope, table } = targetScope(stmt, ctx);
  addFilterExpr(stmt.where, scope, ctx);
  return { edges: [], writes: [table] };
}

function targetScope(stmt: Update | Delete, ctx: Ctx): { scope: Scope; rel: Rel; table: string } {
  const scope = new Scope();
  const [rel] = addRelation(scope, { kind: 'TableRef', name: stmt.table, alias: stmt.alias, hints: [], start: stmt.table.start, end: stmt.table.end }, ctx);
  return { scope, rel, table: rel.label };
}

/** `SET c = e`: `c` must be a column of the target when its columns are known. */
export function assignedColumns(assignments: Assignment[], rel: Rel, scope: Scope, ctx: Ctx): { name: string; col: Col }[] {
  const out: { name: string; col: Col }[] = [];
  for (const { column, value } of assignments) {
    const id = targetColumn(column, rel);
    const name = id.name.toLowerCase();
    if (rel.shape.open.length === 0 && !rel.byName.has(name)) {
      problem(ctx, 'unknown-column', `unknown column '${id.name}' in '${rel.label}'${suggestion(closest(name, rel.byName.keys()))}`, id);
    }
    out.push({ name, col: { name, sources: valueSources(value, scope, ctx), span: value } });
  }
  return out;
}

/** `SET a.x = ...` names the column `x` of alias `a`, or the struct field `x` of column `a`. */
function targetColumn(column: Identifier[], rel: Rel): Identifier {
  if (column.length > 1 && rel.names.includes(column[0].name.toLowerCase())) return column[1];
  return column[0];
}

/** A table a statement fills without a query (LOAD DATA, MSCK REPAIR): unknown in project mode is an error. */
function writtenTable(ref: QualifiedName, ctx: Ctx, partition: PartitionSpec[] = []): string {
  const { info, name } = lookupTable(ref, ctx);
  if (!info) reportUnknownTable(ctx, ref);
  checkPartitionSpec(partition, info, ctx);
  return name;
}

/** A table a statement only looks at: it must exist in project mode, but it is not read. */
function looksAt(ref: QualifiedName, ctx: Ctx): void {
  if (!lookupTable(ref, ctx).info) reportUnknownTable(ctx, ref);
}

/** `SHOW <what> t` phrases whose object is a table or view. */
const SHOWS_TABLE = new Set(['PARTITIONS', 'COLUMNS', 'CREATE TABLE', 'CREATE VIEW', 'CREATE MATERIALIZED VIEW', 'TBLPROPERTIES', 'INDEX', 'INDEXES', 'FORMATTED INDEX', 'FORMATTED INDEXES']);

/** ANALYZE reads the table to compute its statistics; FOR COLUMNS names its columns. */
function analyzeResult(stmt: AnalyzeStatement, ctx: Ctx): StatementResult {
  if (stmt.allTables || !stmt.name) return NONE;
  checkPartitionSpec(stmt.partition, lookupTable(stmt.name, ctx).info, ctx);
  const scope = tableScope(stmt.name, ctx);
  const local: Ctx = { ...ctx, reads: new Set(), filters: new Set() };
  for (const id of stmt.columns) exprSources(columnRef(id), scope, local);
  return NONE;
}

/** A scope holding just the table `ref` (recording its read in `ctx`). */
function tableScope(ref: QualifiedName, ctx: Ctx): Scope {
  const scope = new Scope();
  addRelation(scope, { kind: 'TableRef', name: ref, hints: [], start: ref.start, end: ref.end }, ctx);
  return scope;
}

function columnRef(id: Identifier): Expr {
  return { kind: 'ColumnRef', parts: [id], start: id.start, end: id.end };
}

/**
 * [MSCK] REPAIR TABLE adds the partitions found on disk (a write, like ADD PARTITION; Hive's
 * `MSCK TABLE` without REPAIR only reports them); CACHE TABLE reads the table.
 */
function commandStatement(stmt: CommandStatement, ctx: Ctx): StatementResult {
  if (!stmt.name) return NONE;
  if (stmt.command.includes('REPAIR')) return { edges: [], writes: [writtenTable(stmt.name, ctx)] };
  if (stmt.command.startsWith('CACHE')) tableShape(stmt.name, ctx);
  else if (stmt.command !== 'REFRESH FUNCTION') looksAt(stmt.name, ctx);
  return NONE;
}

/** DESCRIBE reads nothing; the table (and column) it names must exist in project mode, a described query is resolved. */
function describe(stmt: DescribeStatement, ctx: Ctx): void {
  const local: Ctx = { ...ctx, reads: new Set(), filters: new Set() };
  if (stmt.query) evalQuery(stmt.query, undefined, local);
  if (stmt.objectType !== 'TABLE' || !stmt.name) return;
  const scope = tableScope(stmt.name, local);
  const column = stmt.column?.parts[0];
  if (column) exprSources(columnRef(column), scope, local);
}

/** `ALTER MATERIALIZED VIEW mv REBUILD` recomputes (writes) the view; other ALTERs of indexes and views change no data. */
function alterObject(stmt: AlterObject, ctx: Ctx): StatementResult {
  if (stmt.objectType === 'MATERIALIZED VIEW' && stmt.action === 'REBUILD') return { edges: [], writes: [writtenTable(stmt.name, ctx)] };
  if (stmt.table) looksAt(stmt.table, ctx);
  return NONE;
}
