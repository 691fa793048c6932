import type { TableInfo } from '../catalog';
import type { Identifier, QualifiedName } from '../sql/ast';
import { Ctx, problem } from './context';
import type { Rel } from './scope';
import type { Col } from './shape';

/**
 * Flink compares names case-sensitively: `userid` does not name a column declared `userId`. The
 * reference still traces to the column (lineage names are lower-case), with one diagnostic.
 */
export function checkColumnCase(rel: Rel, col: Col, written: Identifier, ctx: Ctx): void {
  if (ctx.dialect !== 'flink' || col.spelling === undefined || col.spelling === written.name) return;
  // Flink may declare both `userId` and `userid`: the written one exists exactly.
  if (rel.shape.columns.some((c) => c.spelling === written.name)) return;
  problem(ctx, 'unknown-column', caseMessage(written.name, rel.label, col.spelling), written);
}

/**
 * The declared spelling of `written`'s column in a case-sensitive table when Flink would not find it
 * as written (INSERT column lists); undefined when it matches or case does not matter.
 */
export function columnMisspelling(info: TableInfo, written: Identifier, ctx: Ctx): string | undefined {
  if (ctx.dialect !== 'flink' || !info.caseSensitive) return undefined;
  const lower = written.name.toLowerCase();
  const same = info.columns.filter((c) => c.name === lower).map((c) => c.spelling ?? c.name);
  return same.length === 0 || same.includes(written.name) ? undefined : same[0];
}

/** The `unknown-column` message for a name Flink does not find because of its case. */
export function caseMessage(written: string, where: string, declared: string): string {
  return `unknown column '${written}' in '${where}'; did you mean '${declared}'? Flink column names are case-sensitive`;
}

/**
 * A Flink reference to a table declared in Flink DDL must spell its name as declared (the table
 * name itself; a database prefix may come from `USE`). Reported for the script's temporary tables
 * and in project mode: elsewhere a table of that exact spelling may exist outside what we see.
 */
export function checkTableCase(ref: QualifiedName, info: TableInfo, ctx: Ctx): void {
  if (ctx.dialect !== 'flink' || !info.caseSensitive || !(info.temporary || ctx.catalogIsComplete)) return;
  const written = ref.parts[ref.parts.length - 1];
  const declared = bare(info.spelling ?? info.name);
  if (!written || written.name === declared) return;
  const message = `unknown table '${ref.parts.map((p) => p.name).join('.')}'; did you mean '${declared}'? Flink table names are case-sensitive`;
  problem(ctx, 'unknown-table', message, written);
}

function bare(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}
