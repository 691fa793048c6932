import type { TargetConfig } from '../project';
import type * as ClickHouse from './clickhouse';
import type * as Flink from './flink-gateway';
import type * as Hive from './hive';
import { remoteTarget, type RemoteEngine } from './remote';
import type * as TrinoAdapter from './trino';

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

/** Opens a Flink SQL Gateway session on a flink target (resolved: secrets read). */
export async function openFlinkTarget(name: string, config: TargetConfig): Promise<Flink.FlinkGateway> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./flink-gateway') as typeof Flink).openFlinkGateway(remoteTarget(name, config));
}

/** Connects to a clickhouse target (resolved: secrets read) and checks the login. */
export async function openClickHouseTarget(name: string, config: TargetConfig): Promise<ClickHouse.ClickHouseEngine> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./clickhouse') as typeof ClickHouse).openClickHouse({
    target: name, host: config.host, port: config.port as number | undefined, user: config.user, password: config.password,
    database: config.database, cluster: config.cluster, secure: config.secure,
  });
}
