/**
 * Spark Thrift Server and HiveServer2 through `hive-driver` (the TCLIService Thrift protocol):
 * over HTTP (`http_path`, basic auth) or binary TCP (SASL PLAIN with a user, NOSASL without).
 * `hive-driver` installs without scripts and runs on Node 20. Its own `waitUntilReady` polls
 * without pause and its Thrift connection reports failures as `error` events rather than
 * rejected calls: this adapter polls every {@link POLL_MS}, turns those events into errors of the
 * call under way, retries a call answered HTTP 502/503/504, and cancels an operation past its
 * deadline. No transactions: `transaction()` only runs its work.
 */
import { auth, connections, HiveClient, HiveUtils, thrift } from 'hive-driver';
import type IHiveSession from 'hive-driver/dist/contracts/IHiveSession';
import AuthenticationError from 'hive-driver/dist/errors/AuthenticationError';
import type IOperation from 'hive-driver/dist/contracts/IOperation';
import type { TableInfo } from '../catalog';
import type { EngineCapabilities, QueryResult, ResultColumn, RunOptions, TableAlteration } from './engine';
import { DEFAULT_REMOTE_TIMEOUT_MS, createEach, executeEach, EngineRefusal, RemoteErrors, sleep, splitName, sqlLiteral, stepOf, withDeadline, withRetry, type RemoteEngine, type RemoteTarget } from './remote';

const CAPABILITIES: EngineCapabilities = { transactions: false, prepare: true, nestedTypes: true, streaming: false, transactionalDdl: false };
const POLL_MS = 50;
const TRANSIENT = new Set([502, 503, 504]);
const types = thrift.TCLIService_types as {
  TOperationState: Record<string, number>;
  TTypeId: Record<string, number>;
  TProtocolVersion: Record<string, number>;
};
const TYPE_NAMES = new Map(Object.entries(types.TTypeId).map(([name, id]) => [id, name.replace(/_TYPE$/, '').toLowerCase()]));

/** Opens a HiveServer2 session (`engine` names it in messages: `spark` or `hive`). */
export async function openHive(target: RemoteTarget, engine: 'spark' | 'hive' = 'spark'): Promise<RemoteEngine> {
  const adapter = new HiveEngine(engine, target);
  await adapter.connect();
  return adapter;
}

interface HiveColumnDesc {
  columnName: string;
  position: number;
  typeDesc: { types: { primitiveEntry?: { type: number } }[] };
}

class HiveEngine implements RemoteEngine {
  readonly capabilities = CAPABILITIES;
  private readonly client = new HiveClient(thrift.TCLIService, thrift.TCLIService_types);
  private readonly utils = new HiveUtils(thrift.TCLIService_types);
  private readonly errors: RemoteErrors;
  /** Rejects the calls under way: the Thrift connection reports its failures as events. */
  private readonly pending = new Set<(e: unknown) => void>();
  private session?: IHiveSession;

  constructor(readonly name: 'spark' | 'hive', private readonly t: RemoteTarget) {
    this.errors = new RemoteErrors(name, t);
    this.client.on('error', (e: unknown) => this.pending.forEach((reject) => reject(e)));
  }

  async connect(): Promise<void> {
    const t = this.t;
    const http = t.httpPath !== undefined;
    const connection = http ? new connections.HttpConnection() : new connections.TcpConnection();
    const credentials = { username: t.user ?? 'anonymous', password: t.password ?? '' };
    const authentication = http ? new auth.PlainHttpAuthentication(credentials) : t.user ? new auth.PlainTcpAuthentication(credentials) : new auth.NoSaslAuthentication();
    const step = 'open session';
    await this.call(step, () => this.client.connect({ host: t.host, port: t.port, options: http ? { path: `/${t.httpPath!.replace(/^\//, '')}` } : {} }, connection, authentication));
    const configuration = t.database ? { 'use:database': t.database } : undefined;
    this.session = await this.call(step, () => this.client.openSession({ client_protocol: types.TProtocolVersion.HIVE_CLI_SERVICE_PROTOCOL_V10, ...(configuration ? { configuration } : {}) }));
  }

  async createTable(table: TableInfo): Promise<void> {
    const typed = table.columns.filter((c) => c.type !== undefined && !c.readOnly);
    const column = (c: (typeof typed)[number]) => `${quote(c.name)} ${c.type}${c.comment ? ` COMMENT ${sqlLiteral(c.comment)}` : ''}`;
    const partitions = typed.filter((c) => c.partition);
    const partitioned = partitions.length > 0 ? ` PARTITIONED BY (${partitions.map(column).join(', ')})` : '';
    await this.execute(`CREATE TABLE IF NOT EXISTS ${tableName(table.name)} (${typed.filter((c) => !c.partition).map(column).join(', ')})${partitioned}`);
  }

  async insertRows(table: string, columns: string[], rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    await this.execute(`INSERT INTO ${tableName(table)} (${columns.map(quote).join(', ')}) VALUES ${rows.map((r) => `(${r.map(sqlLiteral).join(', ')})`).join(', ')}`);
  }

  async describe(sql: string): Promise<ResultColumn[]> {
    // LIMIT 0 analyses the query and returns its schema without reading a row.
    return (await this.query(`SELECT * FROM (\n${sql}\n) strata_describe LIMIT 0`)).columns;
  }

  async explain(sql: string, options?: RunOptions): Promise<string> {
    const result = await this.query(`EXPLAIN\n${sql}`, options);
    const plan = result.rows.map((r) => String(r[0])).join('\n');
    // Spark's EXPLAIN answers an analysis error as its plan text rather than failing.
    const failed = /^Error occurred during query planning: \s*/.exec(plan);
    if (failed) throw this.errors.engineError('EXPLAIN', plan.slice(failed[0].length));
    return plan;
  }

  async execute(sql: string, options?: RunOptions): Promise<void> {
    await this.query(sql, options);
  }

  async query(sql: string, options: RunOptions = {}): Promise<QueryResult> {
    const step = stepOf(sql);
    const ms = options.timeoutMs ?? this.t.timeoutMs ?? DEFAULT_REMOTE_TIMEOUT_MS;
    const session = this.session!;
    let operation: IOperation | undefined;
    let expired = false;
    const run = async (): Promise<QueryResult> => {
      operation = await this.call(step, () => session.executeStatement(sql, { runAsync: true }));
      await this.finish(step, operation, () => expired);
      const result = await this.fetch(step, operation);
      await this.call(step, () => operation!.close());
      return result;
    };
    return withDeadline(ms, run(), async () => {
      expired = true;
      if (operation) await operation.cancel().catch(() => undefined);
      return this.errors.timeout(step, ms);
    });
  }

  createTables(tables: readonly TableInfo[]): Promise<void> {
    return createEach(this, tables);
  }

  executeInTransaction(statements: readonly string[], options?: RunOptions): Promise<void> {
    return executeEach(this, statements, options);
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }

  async tableColumns(table: string): Promise<ResultColumn[] | undefined> {
    try {
      const result = await this.query(`DESCRIBE ${tableName(table)}`);
      // DESCRIBE lists the partition columns again under `# Partition Information`.
      const end = result.rows.findIndex((r) => String(r[0]).trim() === '' || String(r[0]).startsWith('#'));
      return result.rows.slice(0, end < 0 ? undefined : end).map((r) => ({ name: String(r[0]), type: String(r[1]) }));
    } catch (e) {
      if (e instanceof EngineRefusal && (e.engineCode === '42P01' || /TABLE_OR_VIEW_NOT_FOUND|Table not found/i.test(e.engineMessage))) return undefined;
      throw e;
    }
  }

  async alterTable(table: string, change: TableAlteration): Promise<void> {
    const have = new Set((await this.tableColumns(table))?.map((c) => c.name.toLowerCase()) ?? []);
    if (change.kind === 'add-columns') {
      const missing = change.columns.filter((c) => !have.has(c.name.toLowerCase()));
      if (missing.length > 0) await this.execute(`ALTER TABLE ${tableName(table)} ADD COLUMNS (${missing.map((c) => `${quote(c.name)} ${c.type ?? 'STRING'}`).join(', ')})`);
    } else if (change.kind === 'drop-columns') {
      const present = change.columns.filter((c) => have.has(c.toLowerCase()));
      if (present.length > 0) await this.execute(`ALTER TABLE ${tableName(table)} DROP COLUMNS (${present.map(quote).join(', ')})`);
    } else {
      await this.execute(`ALTER TABLE ${tableName(table)} CHANGE COLUMN ${quote(change.column)} ${quote(change.column)} ${change.type}`);
    }
  }

  async dropTable(table: string): Promise<void> {
    await this.execute(`DROP TABLE IF EXISTS ${tableName(table)}`);
  }

  async close(): Promise<void> {
    // Guarded: a connection that drops during CloseSession reports it as an event, never settling the call.
    if (this.session) await this.call('close session', () => this.session!.close()).catch(() => undefined);
    this.client.close();
  }

  /** Polls the operation's state until it finished (or `expired` says its caller gave up); its error state is the engine's refusal. */
  private async finish(step: string, operation: IOperation, expired: () => boolean): Promise<void> {
    const states = types.TOperationState;
    while (!expired()) {
      const status = await this.call(step, () => operation.status(false));
      if (status.operationState === states.FINISHED_STATE) return;
      if (status.operationState === states.ERROR_STATE) throw this.errors.engineError(step, status.errorMessage ?? 'the operation failed', status.sqlState ?? '');
      if (status.operationState === states.CANCELED_STATE || status.operationState === states.CLOSED_STATE) throw this.errors.engineError(step, 'the operation was cancelled on the server');
      await sleep(POLL_MS);
    }
    // The caller's deadline passed and it answers with the timeout; this only ends the polling.
    throw new Error('expired');
  }

  private async fetch(step: string, operation: IOperation): Promise<QueryResult> {
    await this.call(step, () => this.utils.fetchAll(operation));
    const descs = ((operation.getSchema()?.columns ?? []) as HiveColumnDesc[]).slice().sort((a, b) => a.position - b.position);
    const columns = descs.map((d) => ({ name: d.columnName.split('.').pop()!, type: TYPE_NAMES.get(d.typeDesc.types[0]?.primitiveEntry?.type ?? -1) ?? 'unknown' }));
    const objects = this.utils.getResult(operation).getValue() as Record<string, unknown>[];
    return { columns, rows: objects.map((o) => columns.map((c) => o[c.name] ?? null)) };
  }

  /** One Thrift call: retried when transient, its failure turned into one line naming the target and step. */
  private async call<T>(step: string, send: () => Promise<T>): Promise<T> {
    try {
      return await withRetry(this.t.attempts ?? 3, (e) => TRANSIENT.has(statusOf(e) ?? 0), () => this.guarded(send));
    } catch (e) {
      const status = statusOf(e);
      if (status === 401 || status === 403 || e instanceof AuthenticationError) throw this.errors.auth(step);
      if (status !== undefined) throw this.errors.engineError(step, `HTTP ${status}`);
      if (isStatusError(e)) throw this.errors.engineError(step, e.message);
      throw this.errors.connection(step, e);
    }
  }

  private guarded<T>(send: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.add(reject);
      send().then(resolve, reject).finally(() => this.pending.delete(reject));
    });
  }
}

/** The HTTP status of a Thrift HTTP failure (THTTPException). */
function statusOf(e: unknown): number | undefined {
  const status = (e as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** hive-driver's StatusError: the server answered the call with an error status. */
function isStatusError(e: unknown): e is { message: string } {
  return (e as { name?: unknown })?.name === 'Status Error';
}

function quote(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function tableName(table: string): string {
  const { schema, name } = splitName(table);
  return schema ? `${quote(schema)}.${quote(name)}` : quote(name);
}
