import { tableFromCreate } from '../catalog';
import type { CreateView } from '../sql/ast';
import type { TranslateContext } from './context';
import { queryText } from './insert';
import { quoteIdent, tableName } from './sql-text';

/**
 * `CREATE [TEMPORARY] VIEW v AS query` → a DuckDB view (temporary when unqualified). The view
 * joins the script's catalog, so later references resolve to it, and statements reading it
 * report the tables it reads.
 */
export function translateView(stmt: CreateView, ctx: TranslateContext): string[] {
  const info = tableFromCreate(stmt, ctx.file, ctx.dialect);
  const body = queryText(stmt.query, ctx);
  ctx.catalog.add({ ...info, temporary: true });
  ctx.viewReads.set(info.name, [...ctx.reads]);
  if (!info.name.includes('.')) return [`CREATE OR REPLACE TEMP VIEW ${tableName(info.name)} AS ${body}`];
  return [`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(info.name.split('.')[0], true)}; CREATE OR REPLACE VIEW ${tableName(info.name)} AS ${body}`];
}
