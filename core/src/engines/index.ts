import type * as DuckDb from './duckdb';
import type * as ClickHouse from './clickhouse';
import type { Engine } from './engine';

export type { Engine, EngineCapabilities, QueryResult, ResultColumn, RunOptions, TableAlteration } from './engine';
export type { DuckDbOptions } from './duckdb';
export { duckDbTableName, duckDbType, quoteIdentifier } from './duckdb-types';
export { loadSeed, seedTable } from './seeds';
export type { ClickHouseEngine, ClickHouseOptions } from './clickhouse';

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
export { RowError } from './row-error';
