import type { TargetConfig } from '../project';
import type * as DuckDb from './duckdb';
import type * as Flink from './flink-gateway';
import type { Engine } from './engine';
import type * as Hive from './hive';
import { remoteTarget, type RemoteEngine } from './remote';
import type * as TrinoAdapter from './trino';

export type { Engine, EngineCapabilities, QueryResult, ResultColumn, RunOptions, TableAlteration } from './engine';
export { enginePosition, EngineRefusal, remoteTarget, type RemoteEngine, type RemoteTarget } from './remote';
export type { FlinkGateway, FlinkJobInfo, FlinkStreaming } from './flink-gateway';
export type { DuckDbOptions } from './duckdb';
export { duckDbTableName, duckDbType, quoteIdentifier } from './duckdb-types';
export { loadSeed, seedTable } from './seeds';

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

/** Engines a dry-run can ask through their own EXPLAIN. */
export const REMOTE_SQL_ENGINES = ['spark', 'hive', 'trino'] as const;

/**
 * Connects to a spark, hive or trino target (resolved: secrets read). Each client loads on first
 * use, so commands that never reach a cluster do not pay for it.
 */
export async function openRemoteEngine(name: string, config: TargetConfig, timeoutMs?: number): Promise<RemoteEngine> {
  const target = { ...remoteTarget(name, config), ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
  if (config.engine === 'trino') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('./trino') as typeof TrinoAdapter).openTrino(target);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./hive') as typeof Hive).openHive(target, config.engine === 'hive' ? 'hive' : 'spark');
}

/** Opens a Flink SQL Gateway session on a flink target. */
export async function openFlinkGateway(name: string, config: TargetConfig): Promise<Flink.FlinkGateway> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./flink-gateway') as typeof Flink).openFlinkGateway(remoteTarget(name, config));
}
