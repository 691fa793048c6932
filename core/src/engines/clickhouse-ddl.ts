import type { ColumnInfo, TableInfo } from '../catalog';
import { StrataError } from '../errors';
import { clickHouseType, quoteName, quoteString, type ClickHouseFeatures } from './clickhouse-types';

/**
 * Where a contract table lives. On a cluster, the contract name is a `Distributed` table over a
 * `ReplicatedMergeTree` table `<name>_local` on every shard; without one, the contract name is a
 * plain `MergeTree` table.
 */
export interface Placement {
  database: string;
  table: string;
  cluster?: string;
}

/** The suffix of the shard-local table behind a Distributed one. */
export const LOCAL_SUFFIX = '_local';

/** The table that holds the rows: `<table>_local` on a cluster, else the table itself. */
export function storageTable(place: Placement): string {
  return place.cluster ? `${place.table}${LOCAL_SUFFIX}` : place.table;
}

export function qualified(database: string, table: string): string {
  return `${quoteName(database)}.${quoteName(table)}`;
}

export function onCluster(place: Placement): string {
  return place.cluster ? ` ON CLUSTER ${quoteName(place.cluster)}` : '';
}

/** The statements that create `table` where it does not exist yet (each one idempotent, so a re-run after a failure converges). */
export function createStatements(table: TableInfo, place: Placement, features: ClickHouseFeatures): string[] {
  const keys = new Set([...table.columns.filter((c) => c.partition).map((c) => c.name.toLowerCase()), ...(table.primaryKey ?? [])]);
  const columns = table.columns
    // An untyped Flink computed column (`proc_time AS PROCTIME()`) is derived, not stored.
    .filter((c) => c.type !== undefined || c.origin !== 'computed')
    .map((c) => columnDefinition(table.name, c, features, keys.has(c.name.toLowerCase())));
  const partition = table.columns.filter((c) => c.partition).map((c) => quoteName(c.name));
  const order = (table.primaryKey ?? []).map(quoteName);
  const local = storageTable(place);
  const engine = place.cluster
    ? `ReplicatedMergeTree(${quoteString(`/clickhouse/tables/{shard}/${place.database}/${local}`)}, '{replica}')`
    : 'MergeTree()';
  const statements = [
    `CREATE DATABASE IF NOT EXISTS ${quoteName(place.database)}${onCluster(place)}`,
    `CREATE TABLE IF NOT EXISTS ${qualified(place.database, local)}${onCluster(place)} (${columns.join(', ')}) ENGINE = ${engine}`
      + `${partition.length ? ` PARTITION BY (${partition.join(', ')})` : ''} ORDER BY ${order.length ? `(${order.join(', ')})` : 'tuple()'}`,
  ];
  if (place.cluster) statements.push(distributedStatement(place));
  return statements;
}

/** The Distributed table over the shard-local ones, with the local table's columns. */
export function distributedStatement(place: Placement): string {
  const cluster = place.cluster ?? '';
  return `CREATE TABLE IF NOT EXISTS ${qualified(place.database, place.table)}${onCluster(place)} AS ${qualified(place.database, storageTable(place))} `
    + `ENGINE = Distributed(${quoteString(cluster)}, ${quoteString(place.database)}, ${quoteString(storageTable(place))}, rand())`;
}

/** `name Type [COMMENT '...']`; comments only where the server keeps them in replicated tables. */
export function columnDefinition(table: string, column: ColumnInfo, features: ClickHouseFeatures, key: boolean): string {
  if (column.type === undefined) throw new StrataError('usage', `column '${column.name}' of '${table}' has no type; declare one in its CREATE TABLE`);
  let type: string;
  try {
    type = clickHouseType(column.type, features, key);
  } catch (e) {
    if (e instanceof StrataError) throw new StrataError(e.code, `column '${column.name}' of '${table}': ${e.message}`);
    throw e;
  }
  const comment = features.columnComments && column.comment ? ` COMMENT ${quoteString(column.comment)}` : '';
  return `${quoteName(column.name)} ${type}${comment}`;
}
