import type { TableInfo } from '../catalog';
import type { Insert, Query } from '../sql/ast';
import type { TranslateContext } from './context';
import { emit } from './emit';
import { upsertKey } from './flink-tables';
import { quoteIdent, tableName } from './sql-text';
import type { TranslatedStatement } from './types';

type Write = TranslatedStatement['writes'][number];

/**
 * `INSERT INTO|OVERWRITE t [PARTITION (...)] query` → DuckDB statements run in one transaction.
 * Positional, as in Hive and Spark: the query's columns fill the table's data columns in order,
 * then its dynamic partition columns; static partition values are appended.
 * OVERWRITE first materializes the rows (the query may read the table it replaces), deletes the
 * partitions written (static values, and the dynamic values the rows carry), then inserts.
 * An upsert sink (Flink table with a primary key) keeps the last row per key.
 * `source` is the query's text when the caller builds it (multi-insert branches).
 */
export function translateInsert(stmt: Insert, ctx: TranslateContext, source = queryText(stmt.query, ctx)): { sql: string[]; write: Write } {
  if (stmt.byName || stmt.replaceWhere || stmt.ifNotExists) ctx.fail(stmt, 'INSERT ... BY NAME / REPLACE WHERE / IF NOT EXISTS has no DuckDB translation: write a plain INSERT');
  const written = stmt.table.parts.map((p) => p.name).join('.');
  const table = ctx.table(written) ?? ctx.fail(stmt.table, `table ${written} is not declared, so its column order is unknown: add its CREATE TABLE under tables/`);
  const statics = stmt.partition.filter((p) => p.value);
  const staticNames = new Set(statics.map((p) => p.column.name.toLowerCase()));
  const columns = stmt.columns?.map((c) => c.name.toLowerCase()) ?? queryColumns(table, staticNames);
  const partition: Record<string, string | null> = {};
  for (const p of table.columns.filter((c) => c.partition)) partition[p.name] = null;
  for (const p of statics) partition[p.column.name.toLowerCase()] = staticValue(p.value!, ctx);
  const write: Write = Object.keys(partition).length > 0 ? { table: table.name, partition } : { table: table.name };
  const target = tableName(table.name);
  const staticItems = statics.map((p) => ({ column: quoteIdent(p.column.name.toLowerCase(), true), value: emit(p.value!, ctx) }));
  const allColumns = [...columns.map((c) => quoteIdent(c, true)), ...staticItems.map((s) => s.column)];
  const key = upsertKey(table);
  if (!stmt.overwrite && !key) {
    const select = staticItems.length > 0 ? `SELECT __q.*, ${staticItems.map((s) => s.value).join(', ')} FROM (${source}) AS __q` : source;
    return { sql: [`INSERT INTO ${target} (${allColumns.join(', ')}) ${select}`], write };
  }
  const rows = quoteIdent(ctx.helperName('rows'), true);
  const aliases = columns.map((c) => quoteIdent(c, true)).join(', ');
  const order = key ? ', row_number() OVER () AS __strata_order' : '';
  const sql = [`CREATE OR REPLACE TEMP TABLE ${rows} AS SELECT *${order} FROM (${source}) AS __q(${aliases})`];
  sql.push(`DELETE FROM ${target} WHERE ${key ? keyMatch(key, rows, target) : overwriteMatch(columns, staticItems, partition, rows, target)}`);
  const last = [...emissionTime(stmt, columns).map((c) => `${quoteIdent(c, true)} DESC`), '__strata_order DESC'].join(', ');
  const keep = key ? ` QUALIFY row_number() OVER (PARTITION BY ${key.map((k) => quoteIdent(k, true)).join(', ')} ORDER BY ${last}) = 1` : '';
  const values = [...columns.map((c) => quoteIdent(c, true)), ...staticItems.map((s) => s.value)].join(', ');
  sql.push(`INSERT INTO ${target} (${allColumns.join(', ')}) SELECT ${values} FROM ${rows}${keep}`, `DROP TABLE ${rows}`);
  return { sql, write };
}

/** The query text, with a WITH clause written before `INSERT` moved in front of it. */
export function queryText(query: Query, ctx: TranslateContext): string {
  const leading = query.with && query.with.start < query.start ? `${emit(query.with, ctx)} ` : '';
  return leading + emit(query, ctx);
}

const WINDOW_COLUMNS = ['window_end', 'window_time', 'window_start'];

/**
 * Flink emits window results in time order, so the last row an upsert sink keeps for a key is
 * that of its latest window: the written columns fed by `window_end`/`window_time`/`window_start`.
 */
function emissionTime(stmt: Insert, columns: string[]): string[] {
  const body = stmt.query.body;
  if (body.kind !== 'Select') return [];
  const fed = body.items.map((item, i) => (item.expr.kind === 'ColumnRef' ? { window: item.expr.parts[item.expr.parts.length - 1].name.toLowerCase(), column: columns[i] } : undefined));
  return WINDOW_COLUMNS.flatMap((w) => fed.filter((f) => f?.window === w && f.column).map((f) => f!.column));
}

/** Writable data columns in order, then the partition columns the query supplies (dynamic ones). */
function queryColumns(table: TableInfo, statics: Set<string>): string[] {
  const data = table.columns.filter((c) => !c.partition && !c.readOnly).map((c) => c.name);
  const dynamic = table.columns.filter((c) => c.partition && !statics.has(c.name)).map((c) => c.name);
  return [...data, ...dynamic];
}

function staticValue(value: Insert['partition'][number]['value'] & object, ctx: TranslateContext): string | null {
  const text = emit(value, ctx);
  const literal = /^'((?:[^']|'')*)'$/.exec(text);
  return literal ? literal[1].replace(/''/g, "'") : text;
}

/** Rows of the partitions being overwritten: static values, and dynamic values present in the new rows (the target's columns qualified: the subquery has the same names). */
function overwriteMatch(columns: string[], statics: { column: string; value: string }[], partition: Record<string, string | null>, rows: string, target: string): string {
  const conditions = statics.map((s) => `${s.column} = ${s.value}`);
  const dynamic = Object.keys(partition).filter((p) => partition[p] === null && columns.includes(p));
  if (dynamic.length > 0) {
    const match = dynamic.map((d) => `__r.${quoteIdent(d, true)} IS NOT DISTINCT FROM ${target}.${quoteIdent(d, true)}`).join(' AND ');
    conditions.push(`EXISTS (SELECT 1 FROM ${rows} AS __r WHERE ${match})`);
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'true';
}

/** Rows whose key the new rows carry (an upsert replaces them). */
function keyMatch(key: string[], rows: string, target: string): string {
  const match = key.map((k) => `__r.${quoteIdent(k, true)} IS NOT DISTINCT FROM ${target}.${quoteIdent(k, true)}`).join(' AND ');
  return `EXISTS (SELECT 1 FROM ${rows} AS __r WHERE ${match})`;
}
