/**
 * ClickHouse, the serving layer, over its HTTP interface with the official `@clickhouse/client`
 * (see clickhouse-http.ts for what it needs on 18.16). `ON CLUSTER` DDL when the target names a
 * `cluster`: the contract name is a `Distributed` table over `ReplicatedMergeTree` tables
 * `<name>_local`, one per shard (clickhouse-ddl.ts). The server's version decides the types
 * (clickhouse-types.ts). No transactions: each statement stands alone.
 */
import type { TableInfo } from '../catalog';
import { StrataError } from '../errors';
import { tokenize } from '../sql';
import { createStatements, distributedStatement, onCluster, qualified, storageTable, columnDefinition, type Placement } from './clickhouse-ddl';
import { ClickHouseHttp, type ClickHouseConnection } from './clickhouse-http';
import { featuresOf, quoteName, quoteString, splitTableName, type ClickHouseFeatures } from './clickhouse-types';
import { insertValue, parseType, resultValue } from './clickhouse-values';
import type { Engine, EngineCapabilities, QueryResult, ResultColumn, RunOptions, TableAlteration } from './engine';
import { createEach, EngineRefusal, executeEach } from './remote';
import { RowError } from './row-error';
import { ValueError } from './values';

/** A resolved `clickhouse` target (`${env:NAME}` already replaced). */
export interface ClickHouseOptions {
  /** The target's name in strata.yaml, for messages. */
  target: string;
  host?: string;
  /** Default 8123, or 8443 when `secure`. */
  port?: number;
  /** HTTPS. */
  secure?: boolean;
  user?: string;
  password?: string;
  /** Database of unqualified names; default `default`. */
  database?: string;
  /** Run DDL `ON CLUSTER` this cluster, with Distributed over ReplicatedMergeTree tables. */
  cluster?: string;
}

/** The ClickHouse engine, with what the state store needs to know about the server. */
export interface ClickHouseEngine extends Engine {
  readonly features: ClickHouseFeatures;
  readonly cluster?: string;
  /** The default database of unqualified names. */
  readonly database: string;
  /** `Engine.describe`, bounded by `options.timeoutMs`. */
  describe(sql: string, options?: RunOptions): Promise<ResultColumn[]>;
  /**
   * Replaces one partition of `table` with `rows`: every partition holding rows where the
   * partition columns have the `fixed` values is dropped (on each shard's local table, ON CLUSTER),
   * then the rows go in through the table (the Distributed one on a cluster). Re-running with the
   * same rows leaves the same rows.
   */
  replacePartition(table: string, partition: PartitionKeys, columns: string[], rows: unknown[][]): Promise<void>;
}

/** A table's partition columns in key order, and the values fixed for those a load replaces (the others: every value). */
export interface PartitionKeys {
  columns: string[];
  fixed: Record<string, string>;
}

const CAPABILITIES: EngineCapabilities = { transactions: false, prepare: true, nestedTypes: true, streaming: false, transactionalDdl: false };

/**
 * Connects and checks the login with `SELECT version()`, and with a `cluster` that every shard
 * answers: an unreachable server or shard, or a refused user, fails here with one line naming the target.
 */
export async function openClickHouse(options: ClickHouseOptions): Promise<ClickHouseEngine> {
  const secure = options.secure ?? false;
  const connection: ClickHouseConnection = {
    target: options.target, host: options.host ?? 'localhost', port: options.port ?? (secure ? 8443 : 8123), secure,
    user: options.user ?? 'default', password: options.password ?? '', database: options.database ?? 'default',
  };
  const http = new ClickHouseHttp(connection);
  try {
    const version = await http.query('SELECT version()');
    if (options.cluster) await checkCluster(http, options.cluster);
    return new ClickHouseAdapter(http, featuresOf(String(version.data[0][0])), connection.database, options.cluster);
  } catch (e) {
    await http.close();
    throw e;
  }
}

/** ClickHouse's code for a cluster its remote_servers does not name. */
const UNKNOWN_CLUSTER = '170';

/** Every shard of `cluster` answers: else ON CLUSTER DDL would wait out distributed_ddl_task_timeout (3 minutes) for the one that cannot. */
async function checkCluster(http: ClickHouseHttp, cluster: string): Promise<void> {
  try {
    await http.query(`SELECT count() FROM cluster(${quoteString(cluster)}, system.one)`);
  } catch (e) {
    if (!(e instanceof EngineRefusal) || e.engineCode !== UNKNOWN_CLUSTER) throw e;
    const target = http.context.target;
    throw new StrataError('config', `target '${target}': ClickHouse has no cluster '${cluster}' in its remote_servers; fix targets.${target}.cluster in strata.yaml`);
  }
}

class ClickHouseAdapter implements ClickHouseEngine {
  readonly name = 'clickhouse';
  readonly capabilities = CAPABILITIES;

  constructor(private readonly http: ClickHouseHttp, readonly features: ClickHouseFeatures, readonly database: string, readonly cluster?: string) {}

  async createTable(table: TableInfo): Promise<void> {
    for (const statement of createStatements(table, this.place(table.name), this.features)) await this.http.command(statement);
  }

  async insertRows(table: string, columns: string[], rows: unknown[][]): Promise<void> {
    const held = await this.tableColumns(table);
    if (!held) throw new StrataError('usage', `table '${table}' does not exist on target '${this.http.context.target}'; publish it first`);
    const targets = columns.map((name) => {
      const found = held.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (!found) throw new StrataError('data', `'${table}' has no column '${name}'; its columns: ${held.map((c) => c.name).join(', ')}`);
      return { name: found.name, type: parseType(found.type), text: found.type };
    });
    if (rows.length === 0) return;
    // Every row is converted before any is sent, and all go in one INSERT: a bad row sends nothing.
    const values = rows.map((row, i) => {
      if (row.length !== targets.length) throw new RowError(`'${table}' row ${i + 1} has ${row.length} values for ${targets.length} columns`, i + 1);
      return Object.fromEntries(targets.map((c, j) => [c.name, converted(table, c, row[j], i + 1)]));
    });
    const place = this.place(table);
    await this.http.insert(qualified(place.database, place.table), targets.map((c) => quoteName(c.name)), values, this.cluster ? { insert_distributed_sync: 1 } : {});
  }

  async describe(sql: string, options: RunOptions = {}): Promise<ResultColumn[]> {
    // DESCRIBE of a subquery works from 18.x on (EXPLAIN came in 20.6): the query is analysed, not run.
    // The closing parenthesis goes on its own line, out of reach of a trailing `-- comment`.
    const result = await this.http.query(`DESCRIBE (${statement(sql)}\n)`, { prefix: 'DESCRIBE ('.length, suffix: 2, timeoutMs: options.timeoutMs });
    return result.data.map((row) => ({ name: String(row[0]), type: String(row[1]) }));
  }

  async execute(sql: string, options: RunOptions = {}): Promise<void> {
    await this.http.command(statement(sql), { timeoutMs: options.timeoutMs });
  }

  async query(sql: string, options: RunOptions = {}): Promise<QueryResult> {
    const result = await this.http.query(statement(sql), { timeoutMs: options.timeoutMs });
    const types = result.meta.map((m) => parseType(m.type));
    return { columns: result.meta.map((m) => ({ name: m.name, type: m.type })), rows: result.data.map((row) => row.map((v, i) => resultValue(types[i], v))) };
  }

  createTables(tables: readonly TableInfo[]): Promise<void> {
    return createEach(this, tables);
  }

  executeInTransaction(statements: readonly string[], options?: RunOptions): Promise<void> {
    return executeEach(this, statements, options);
  }

  async transaction<T>(): Promise<T> {
    throw new StrataError('usage', `target '${this.http.context.target}' is ClickHouse, which has no transactions; check capabilities.transactions before calling transaction()`);
  }

  async tableColumns(table: string): Promise<ResultColumn[] | undefined> {
    const place = this.place(table);
    return this.columnsOf(place.database, place.table);
  }

  async alterTable(table: string, change: TableAlteration): Promise<void> {
    const place = this.place(table);
    const storage = storageTable(place);
    const held = (await this.columnsOf(place.database, storage)) ?? [];
    const has = (name: string): ResultColumn | undefined => held.find((c) => c.name.toLowerCase() === name.toLowerCase());
    const alter = (clause: string): Promise<void> => this.http.command(`ALTER TABLE ${qualified(place.database, storage)}${onCluster(place)} ${clause}`);
    switch (change.kind) {
      case 'add-columns':
        // 18.x has no ADD COLUMN IF NOT EXISTS: columns the table holds are skipped here.
        for (const c of change.columns.filter((k) => !has(k.name))) await alter(`ADD COLUMN ${columnDefinition(table, c, this.features, false)}`);
        break;
      case 'drop-columns':
        for (const c of change.columns.filter((k) => has(k))) await alter(`DROP COLUMN ${quoteName(has(c)?.name ?? c)}`);
        break;
      case 'retype-column': {
        const current = has(change.column);
        if (!current) throw new StrataError('usage', `'${table}' has no column '${change.column}' on target '${this.http.context.target}'; nothing to retype`);
        // A scalar held non-nullable is in the partition or sorting key, and must stay so.
        const key = !/^(Nullable|Array|Tuple|Map)\(/.test(current.type);
        await alter(`MODIFY COLUMN ${columnDefinition(table, { name: current.name, type: change.type, partition: key }, this.features, key)}`);
      }
    }
    if (place.cluster) await this.syncDistributed(place);
  }

  async replacePartition(table: string, partition: PartitionKeys, columns: string[], rows: unknown[][]): Promise<void> {
    const place = this.place(table);
    for (const key of await this.heldPartitions(place, partition)) {
      await this.http.command(`ALTER TABLE ${qualified(place.database, storageTable(place))}${onCluster(place)} DROP PARTITION ${key}`);
    }
    await this.insertRows(table, columns, rows);
  }

  async dropTable(table: string): Promise<void> {
    const place = this.place(table);
    await this.http.command(`DROP TABLE IF EXISTS ${qualified(place.database, place.table)}${onCluster(place)}`);
    if (place.cluster) await this.http.command(`DROP TABLE IF EXISTS ${qualified(place.database, storageTable(place))}${onCluster(place)}`);
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  /**
   * The Distributed table takes the local table's new shape by being created again: it holds no
   * rows (inserts go through synchronously), and 18.x refuses ALTER ON CLUSTER on a table that is
   * not replicated when the cluster's shards use internal replication.
   */
  private async syncDistributed(place: Placement): Promise<void> {
    const local = await this.columnsOf(place.database, storageTable(place));
    const distributed = await this.columnsOf(place.database, place.table);
    if (distributed && JSON.stringify(local) === JSON.stringify(distributed)) return;
    await this.http.command(`DROP TABLE IF EXISTS ${qualified(place.database, place.table)}${onCluster(place)}`);
    await this.http.command(distributedStatement(place));
  }

  /**
   * The partition expressions of the partitions holding rows with the fixed values, read through
   * the table (every shard answers), as literals of the key's own types. No partition columns: the
   * one partition 18.x calls `all`.
   */
  private async heldPartitions(place: Placement, partition: PartitionKeys): Promise<string[]> {
    if (partition.columns.length === 0) return ["ID 'all'"];
    const where = Object.entries(partition.fixed).map(([c, v]) => `${quoteName(c)} = ${quoteString(v)}`);
    const held = await this.query(`SELECT DISTINCT ${partition.columns.map(quoteName).join(', ')} FROM ${qualified(place.database, place.table)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`);
    return held.rows.map((row) => {
      const literals = row.map((v) => (typeof v === 'number' || typeof v === 'bigint' ? String(v) : quoteString(String(v))));
      return literals.length === 1 ? literals[0] : `(${literals.join(', ')})`;
    });
  }

  private async columnsOf(database: string, table: string): Promise<ResultColumn[] | undefined> {
    const result = await this.http.query(`SELECT name, type FROM system.columns WHERE database = ${quoteString(database)} AND table = ${quoteString(table)}`);
    return result.data.length === 0 ? undefined : result.data.map(([name, type]) => ({ name: String(name), type: String(type) }));
  }

  private place(table: string): Placement {
    return { ...splitTableName(table.toLowerCase(), this.database), cluster: this.cluster };
  }
}

const TRAILING = new Set(['whitespace', 'line-comment', 'block-comment', 'eof']);

/** The statement up to its last token that is not a `;` or a comment: ClickHouse refuses them before an appended FORMAT or `)`. */
function statement(sql: string): string {
  const tokens = tokenize(sql, 'spark');
  const last = [...tokens].reverse().find((t) => !TRAILING.has(t.kind) && sql.slice(t.start, t.end) !== ';');
  return sql.slice(0, last?.end ?? 0);
}

function converted(table: string, column: { name: string; type: ReturnType<typeof parseType>; text: string }, value: unknown, row: number): unknown {
  try {
    return insertValue(column.type, value);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    throw new RowError(`'${table}' row ${row}, column '${column.name}' (${column.text}): ${e.message}`, row);
  }
}
