import { Catalog, type TableInfo } from '../catalog';
import type { CreateTable, Identifier } from '../sql/ast';
import { closest } from '../text/closest';
import { AnalysisDiagnostic, Ctx, problem, suggestion } from './context';
import { exprSources } from './expr';
import { FactCollector } from './facts';
import { tableColumns } from './relations';
import { makeRel, Scope } from './scope';

/**
 * What the engine checks when it runs a CREATE TABLE: the WATERMARK and PRIMARY KEY name columns
 * of the table, and computed columns (`c AS expr`) read only columns of the table.
 * `info` is the table as the catalog knows it (its columns, its name); `likeMerged` says that
 * the columns of a `LIKE` table are in it (otherwise a table with LIKE is not checked).
 */
export function checkCreateTable(stmt: CreateTable, info: TableInfo, ctx: Ctx, likeMerged = false): void {
  if (stmt.asQuery || (stmt.like && !likeMerged) || info.columns.length === 0) return;
  const names = info.columns.map((c) => c.name);
  const known = (id: Identifier, fallback?: string) => {
    if (names.includes(id.name.toLowerCase())) return true;
    const hint = closest(id.name, names) ?? fallback;
    problem(ctx, 'unknown-column', `unknown column '${id.name}' in '${info.name}'${suggestion(hint)}`, id);
    return false;
  };
  stmt.primaryKey?.columns.forEach((id) => known(id));
  const scope = ownColumns(info);
  // Only problems matter here: reads, filters and lineage warnings of DDL expressions are not the script's.
  const local: Ctx = { ...ctx, reads: new Set(), filters: new Set(), warnings: [] };
  for (const c of stmt.columns) if (c.computed) exprSources(c.computed, scope, local);
  // A watermark on a column the table lacks: its expression names the same column, one line is enough.
  if (stmt.watermark && known(stmt.watermark.column, onlyTimestamp(info))) exprSources(stmt.watermark.expr, scope, local);
}

/** A watermark needs a timestamp column: when the table has just one, it is the likely meaning of a typo. */
function onlyTimestamp(info: TableInfo): string | undefined {
  const timestamps = info.columns.filter((c) => c.type?.startsWith('TIMESTAMP'));
  return timestamps.length === 1 ? timestamps[0].name : undefined;
}

/**
 * The DDL problems of one CREATE TABLE on its own, for table files (which declare a table and
 * are not run as scripts). Positions are offsets into the parsed text.
 */
export function createTableProblems(stmt: CreateTable, info: TableInfo): AnalysisDiagnostic[] {
  const ctx: Ctx = {
    catalog: new Catalog(), dialect: 'spark', catalogIsComplete: false,
    reads: new Set(), filters: new Set(), warnings: [], problems: [], facts: new FactCollector(),
  };
  checkCreateTable(stmt, info, ctx);
  return ctx.problems;
}

function ownColumns(info: TableInfo): Scope {
  const scope = new Scope();
  scope.addRel(makeRel([info.name], info.name, { columns: tableColumns(info), open: [] }));
  return scope;
}
