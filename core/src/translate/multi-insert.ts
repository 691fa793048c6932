import type { MultiInsert } from '../sql/ast';
import type { TranslateContext } from './context';
import { childNodes, emit, emitWith } from './emit';
import { translateInsert } from './insert';
import type { TranslatedStatement } from './types';

/**
 * Hive `FROM src [LATERAL VIEW ...] INSERT ... SELECT ... WHERE ... INSERT ... SELECT ...`: each
 * branch is an INSERT whose SELECT reads the shared FROM clause, so each becomes the branch's
 * select list, then `FROM <shared source>`, then the rest of the branch (WHERE, GROUP BY, ...).
 */
export function translateMultiInsert(stmt: MultiInsert, ctx: TranslateContext): { sql: string[]; writes: TranslatedStatement['writes'] } {
  const withText = stmt.with ? `${emit(stmt.with, ctx)} ` : '';
  const from = [stmt.from.map((r) => emit(r, ctx)).join(', '), ...stmt.lateralViews.map((v) => emit(v, ctx))].join(' ');
  const sql: string[] = [];
  const writes: TranslatedStatement['writes'] = [];
  for (const branch of stmt.inserts) {
    if (branch.kind !== 'Insert') ctx.fail(branch, 'INSERT OVERWRITE DIRECTORY writes files, which the DuckDB run cannot check: leave this job out of local runs');
    const body = branch.query.body;
    if (body.kind !== 'Select' || body.from.length > 0) ctx.fail(branch.query, 'a multi-insert branch must be a SELECT reading the shared FROM clause');
    const lastItem = body.items[body.items.length - 1] ?? body;
    const head = emitWith({ start: branch.query.start, end: lastItem.end }, ctx, [], body.items);
    const rest = [...childNodes(body), ...childNodes(branch.query).filter((c) => c !== body)].filter((c) => c.start >= lastItem.end);
    const tail = emitWith({ start: lastItem.end, end: branch.query.end }, ctx, [], rest);
    const { sql: branchSql, write } = translateInsert(branch, ctx, `${withText}${head} FROM ${from}${tail}`);
    sql.push(...branchSql);
    writes.push(write);
  }
  return { sql, writes };
}
