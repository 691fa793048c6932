import { tableFromCreate } from '../catalog';
import type { CreateTable, QualifiedName } from '../sql/ast';
import type { TranslateContext } from './context';
import { duckDbCastType } from './duckdb-type';
import { emit } from './emit';
import { quoteIdent, tableName } from './sql-text';

/**
 * A table declared in the script (Flink connector tables: Kafka, upsert-Kafka, JDBC, ...; CTAS) is a
 * plain local table of its physical and metadata columns; whoever runs the job fills it with the
 * bounded sample events. `IF NOT EXISTS`, so a table the caller created from the catalog is kept.
 * Computed columns are not stored: references to the table compute them (`computedColumnsSelect`).
 */
export function translateCreateTable(stmt: CreateTable, ctx: TranslateContext): string[] {
  const info = tableFromCreate(stmt, ctx.file, ctx.dialect);
  ctx.catalog.add(info);
  const schema = info.name.includes('.') ? `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(info.name.split('.')[0], true)}; ` : '';
  if (stmt.asQuery) return [`${schema}CREATE TABLE ${tableName(info.name)} AS ${emit(stmt.asQuery, ctx)}`];
  if (stmt.like) ctx.fail(stmt.like, 'CREATE TABLE ... LIKE has no DuckDB translation here: declare the columns');
  const computed = stmt.columns.filter((c) => c.computed);
  if (computed.length > 0) ctx.computed.set(info.name, stmt.columns);
  const columns = stmt.columns
    .filter((c) => !c.computed)
    .map((c) => `${quoteIdent(c.name.name, true)} ${(c.type && duckDbCastType(c.type)) ?? ctx.fail(c, `column ${c.name.name} has no DuckDB type: give it a supported type`)}`);
  const partitions = stmt.partitionedBy.filter((p) => p.type).map((p) => `${quoteIdent(p.name.name, true)} ${duckDbCastType(p.type!) ?? 'VARCHAR'}`);
  return [`${schema}CREATE TABLE IF NOT EXISTS ${tableName(info.name)} (${[...columns, ...partitions].join(', ')})`];
}

/**
 * `SELECT physical columns, computed AS name FROM t` for a script table with computed columns.
 * `PROCTIME()` is the arrival time: rows arrive in insertion order, so it counts microseconds from
 * the session's start by row id — ordering by it (first/last arrival) behaves as in Flink.
 */
export function computedColumnsSelect(name: QualifiedName, ctx: TranslateContext): string | undefined {
  const table = ctx.table(name.parts.map((p) => p.name).join('.'));
  const columns = table && ctx.computed.get(table.name);
  if (!table || !columns) return undefined;
  const items = columns.map((c) => {
    const column = quoteIdent(c.name.name, true);
    if (!c.computed) return column;
    const isProctime = c.computed.kind === 'FunctionCall' && c.computed.name.parts[0].name.toLowerCase() === 'proctime';
    const value = isProctime ? 'CAST(current_timestamp AS TIMESTAMP) + to_microseconds(rowid)' : emit(c.computed, ctx);
    return `${value} AS ${column}`;
  });
  return `SELECT ${items.join(', ')} FROM ${tableName(table.name)}`;
}

/** Primary key columns of an upsert sink (`upsert-kafka`, or any connector table with a primary key), else undefined. */
export function upsertKey(table: { options: Record<string, string>; primaryKey?: string[] }): string[] | undefined {
  if (!table.options.connector || !table.primaryKey || table.primaryKey.length === 0) return undefined;
  return table.primaryKey;
}
