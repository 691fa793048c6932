import type * as DuckDb from './duckdb';
import type * as ClickHouse from './clickhouse';
import type * as DuckDbHost from './duckdb-host';
import type { Engine, EngineHost } from './engine';

export type { Engine, EngineCapabilities, EngineHost, QueryResult, ResultColumn, RunOptions, TableAlteration } from './engine';
export type { DuckDbOptions } from './duckdb';
export type { DuckDbHostOptions } from './duckdb-host';
export { duckDbTableName, duckDbType, quoteIdentifier } from './duckdb-types';
export { loadSeed, seedTable } from './seeds';
export type { ClickHouseEngine, ClickHouseOptions, PartitionKeys } from './clickhouse';

/** Opens a ClickHouse target (see `clickhouse.ts`); its HTTP client is loaded on first use, like DuckDB's module. */
export async function openClickHouse(options: ClickHouse.ClickHouseOptions): Promise<ClickHouse.ClickHouseEngine> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const clickhouse = require('./clickhouse') as typeof ClickHouse;
  return clickhouse.openClickHouse(options);
}

/**
 * Opens embedded DuckDB (see `duckdb.ts`). The native module is loaded on first use: it takes
 * ~0.3 s or more to load, which commands that never run SQL (and the language server) must not pay.
 */
export async function openDuckDb(options?: DuckDb.DuckDbOptions): Promise<Engine> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const duckdb = require('./duckdb') as typeof DuckDb;
  return duckdb.openDuckDb(options);
}

/** Opens one embedded DuckDB that hands out isolated engines (see `duckdb-host.ts`); loaded on first use like {@link openDuckDb}. */
export async function openDuckDbHost(options?: DuckDbHost.DuckDbHostOptions): Promise<EngineHost> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const host = require('./duckdb-host') as typeof DuckDbHost;
  return host.openDuckDbHost(options);
}
export { RowError } from './row-error';
export { enginePosition, EngineRefusal, remoteTarget, type RemoteEngine, type RemoteTarget } from './remote';
export type { FlinkGateway, FlinkJobInfo, FlinkStreaming } from './flink-gateway';
export { openClickHouseTarget, openFlinkTarget, openRemoteEngine, REMOTE_SQL_ENGINES } from './open-remote';
