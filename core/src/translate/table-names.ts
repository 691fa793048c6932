import type { QualifiedName } from '../sql/ast';
import type { TranslateContext } from './context';
import { quoteIdent, tableName } from './sql-text';

/** The DuckDB name of a table as written: catalog tables as `"db"."table"`, CTEs and unknown names as written. */
export function relationName(name: QualifiedName, ctx: TranslateContext): string {
  const written = name.parts.map((p) => p.name).join('.');
  if (name.parts.length === 1 && ctx.cteNames.has(written.toLowerCase())) return quoteIdent(written);
  const table = ctx.table(written);
  return table ? tableName(table.name) : name.parts.map((p) => quoteIdent(p.name, p.quoted)).join('.');
}
