import type { Join, TableFunction, TableRef } from '../sql/ast';
import type { TranslateContext } from './context';
import { emit, emitWith } from './emit';
import { rewriteWindowTvf } from './flink-windows';
import { computedColumnsSelect } from './flink-tables';
import { quoteIdent } from './sql-text';
import { relationName } from './table-names';

/**
 * A table in FROM. A lookup join's `FOR SYSTEM_TIME AS OF` is dropped: over bounded input the
 * dimension table holds its final rows (Flink would see the rows current at each lookup).
 */
export function rewriteTableRef(node: TableRef, ctx: TranslateContext): string {
  if (node.sample) ctx.fail(node, `TABLESAMPLE (${node.sample}) has no deterministic DuckDB translation: sample the test input instead`);
  if (node.versionAsOf || node.timestampAsOf) ctx.fail(node, 'time travel (VERSION/TIMESTAMP AS OF) has no DuckDB translation: read the table as it is');
  if (node.forSystemTime) warnVersionedJoin(node, ctx);
  const bare = node.name.parts[node.name.parts.length - 1];
  const alias = node.alias ? quoteIdent(node.alias.name, node.alias.quoted) : undefined;
  const computed = computedColumnsSelect(node.name, ctx);
  const source = computed ? `(${computed})` : relationName(node.name, ctx);
  const name = alias ?? (computed ? quoteIdent(bare.name, bare.quoted) : undefined);
  const columns = node.columnAliases ? `(${node.columnAliases.map((c) => quoteIdent(c.name, c.quoted)).join(', ')})` : '';
  return name ? `${source} AS ${name}${columns}` : source;
}

/** Connectors whose tables are streams of versions, not lookup sources. */
const CHANGELOG_CONNECTORS = new Set(['kafka', 'upsert-kafka', 'filesystem', 'datagen']);

/** An event-time temporal join against a versioned table would match only the version valid at the row's time. */
function warnVersionedJoin(node: TableRef, ctx: TranslateContext): void {
  const connector = ctx.table(node.name.parts.map((p) => p.name).join('.'))?.options.connector;
  if (connector && CHANGELOG_CONNECTORS.has(connector.toLowerCase())) {
    ctx.warn(node, `the temporal join on the ${connector} table ${node.name.parts.map((p) => p.name).join('.')} is emulated as a plain join: every version of a key matches, not only the one valid at the row's time`);
  }
}

/** `LEFT SEMI JOIN` / `LEFT ANTI JOIN` are DuckDB's `SEMI JOIN` / `ANTI JOIN`. */
export function rewriteJoin(node: Join, ctx: TranslateContext): string | undefined {
  if (node.joinType !== 'LEFT SEMI' && node.joinType !== 'LEFT ANTI') return undefined;
  const gap = ctx.text.slice(node.left.end, node.right.start);
  const match = /LEFT\s+(SEMI|ANTI)/i.exec(gap);
  if (!match) return undefined;
  const start = node.left.end + match.index;
  return emitWith(node, ctx, [{ start, end: start + match[0].length, text: match[1].toUpperCase() }]);
}

/** Flink window TVFs and `UNNEST`; other table functions (UDTFs) are reported. */
export function rewriteTableFunction(node: TableFunction, ctx: TranslateContext): string {
  const name = node.call.name.parts.map((p) => p.name).join('.').toLowerCase();
  const window = rewriteWindowTvf(node, ctx);
  if (window !== undefined) return window;
  if (name === 'unnest' || name === 'explode') {
    const alias = node.alias ? ` AS ${quoteIdent(node.alias.name, node.alias.quoted)}` : '';
    const columns = node.columnAliases ? `(${node.columnAliases.map((c) => quoteIdent(c.name, c.quoted)).join(', ')})` : '';
    return `(SELECT unnest(${emit(node.call.args[0], ctx)}))${alias || ' AS __strata_unnest'}${columns}`;
  }
  return ctx.fail(node.call.name, `table function ${name}() has no DuckDB translation (a UDTF?): rewrite it with LATERAL VIEW explode or leave this job out of local runs`);
}
