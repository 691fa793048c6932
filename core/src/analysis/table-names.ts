import { qualifiedName, TableInfo } from '../catalog';
import type { QualifiedName, UseStatement } from '../sql/ast';
import type { Ctx } from './context';

/** A table reference as the script means it, and the name lineage gives it. */
export interface TableLookup {
  /** As written, lower-cased. */
  written: string;
  info?: TableInfo;
  /** The catalog's name when known; otherwise as written, in the current database when bare. */
  name: string;
}

/** Looks a table up the way the engine would: a bare `t` after `USE dwd` means `dwd.t` first. */
export function lookupTable(ref: QualifiedName, ctx: Ctx): TableLookup {
  const written = qualifiedName(ref);
  const info = ctx.catalog.lookup(written, ctx.database);
  return { written, info, name: info?.name ?? inCurrentDatabase(written, ctx) };
}

/** The name of an object a statement creates: permanent ones land in the current database, temporary ones stay session-wide. */
export function createdName(ref: QualifiedName, temporary: boolean, ctx: Ctx): string {
  const written = qualifiedName(ref);
  return temporary ? written : inCurrentDatabase(written, ctx);
}

export function inCurrentDatabase(written: string, ctx: Ctx): string {
  return ctx.database && !written.includes('.') ? `${ctx.database}.${written}` : written;
}

/**
 * The current database after a `USE`: `USE db` and `USE catalog.db` name it; Flink's
 * `USE CATALOG c` switches to that catalog's default database, which the script does not name.
 */
export function databaseAfter(stmt: UseStatement): string | undefined {
  const parts = stmt.name.parts;
  if (stmt.catalog || parts.length === 0) return undefined;
  return parts[parts.length - 1].name.toLowerCase();
}
