/**
 * Trino through `trino-client` (the Trino client REST protocol: POST /v1/statement, follow
 * `nextUri` until it is gone, `X-Trino-User`, HTTP basic auth). The client has no timeout and no
 * retry: this adapter cancels a statement past its deadline (DELETE /v1/query/{id}) and retries a
 * request answered 502/503/504, as the protocol documentation advises. No transactions: each
 * statement commits on its own (`transaction()` only runs its work).
 */
import { BasicAuth, Trino, type QueryResult as TrinoResult } from 'trino-client';
import type { TableInfo } from '../catalog';
import type { EngineCapabilities, QueryResult, ResultColumn, RunOptions, TableAlteration } from './engine';
import { parseHiveType, type HiveType } from './hive-type';
import { DEFAULT_REMOTE_TIMEOUT_MS, createEach, executeEach, EngineRefusal, RemoteErrors, splitName, sqlLiteral, stepOf, withDeadline, withRetry, type RemoteEngine, type RemoteTarget } from './remote';

const CAPABILITIES: EngineCapabilities = { transactions: false, prepare: true, nestedTypes: true, streaming: false, transactionalDdl: false };
const TRANSIENT = new Set([502, 503, 504]);

/** Connects to Trino and checks the credentials with `SELECT 1`. */
export async function openTrino(target: RemoteTarget): Promise<RemoteEngine> {
  const engine = new TrinoEngine(target);
  await engine.query('SELECT 1');
  return engine;
}

interface HttpFailure {
  response?: { status: number; data?: unknown };
}

class TrinoEngine implements RemoteEngine {
  readonly name = 'trino';
  readonly capabilities = CAPABILITIES;
  private readonly client: Trino;
  private readonly errors: RemoteErrors;

  constructor(private readonly t: RemoteTarget) {
    this.errors = new RemoteErrors('trino', t);
    this.client = Trino.create({
      server: `http://${t.host}:${t.port}`,
      source: 'strata',
      catalog: t.catalog,
      schema: t.database,
      auth: new BasicAuth(t.user ?? 'strata', t.password),
    });
  }

  async createTable(table: TableInfo): Promise<void> {
    const columns = table.columns.filter((c) => c.type !== undefined && !c.readOnly);
    const partitions = columns.filter((c) => c.partition).map((c) => `'${c.name}'`);
    const body = columns.map((c) => `${quote(c.name)} ${trinoType(parseHiveType(c.type!))}`).join(', ');
    const props = partitions.length > 0 ? ` WITH (partitioned_by = ARRAY[${partitions.join(', ')}])` : '';
    await this.execute(`CREATE TABLE IF NOT EXISTS ${this.tableName(table.name)} (${body})${props}`);
  }

  async insertRows(table: string, columns: string[], rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const values = rows.map((r) => `(${r.map(sqlLiteral).join(', ')})`).join(', ');
    await this.execute(`INSERT INTO ${this.tableName(table)} (${columns.map(quote).join(', ')}) VALUES ${values}`);
  }

  async describe(sql: string): Promise<ResultColumn[]> {
    // LIMIT 0 plans the query and returns its columns without reading a row.
    return (await this.query(`SELECT * FROM (\n${sql}\n) strata_describe LIMIT 0`)).columns;
  }

  async explain(sql: string, options?: RunOptions): Promise<string> {
    const result = await this.query(`EXPLAIN\n${sql}`, options);
    return result.rows.map((r) => String(r[0])).join('\n');
  }

  async execute(sql: string, options?: RunOptions): Promise<void> {
    await this.query(sql, options);
  }

  async query(sql: string, options: RunOptions = {}): Promise<QueryResult> {
    const step = stepOf(sql);
    const ms = options.timeoutMs ?? this.t.timeoutMs ?? DEFAULT_REMOTE_TIMEOUT_MS;
    let id: string | undefined;
    const run = async (): Promise<QueryResult> => {
      const iterator = await this.request(step, () => this.client.query(sql));
      // trino-client keeps the POST's answer private; its query id is what a timeout cancels.
      const first = (iterator as unknown as { iter: { queryResult: TrinoResult } }).iter.queryResult;
      id = first.id;
      const result: QueryResult = { columns: [], rows: [] };
      for (;;) {
        const next = await this.request(step, () => iterator.next());
        const page = next.value as TrinoResult;
        if (page.error) throw this.errors.engineError(step, page.error.message, page.error.errorName);
        if (next.done) return result;
        if (page.columns) result.columns = page.columns.map((c) => ({ name: c.name, type: c.type }));
        result.rows.push(...(page.data ?? []));
      }
    };
    return withDeadline(ms, run(), async () => {
      if (id) await this.client.cancel(id).catch(() => undefined);
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
      const result = await this.query(`DESCRIBE ${this.tableName(table)}`);
      return result.rows.map((r) => ({ name: String(r[0]), type: String(r[1]) }));
    } catch (e) {
      if (e instanceof EngineRefusal && e.engineCode === 'TABLE_NOT_FOUND') return undefined;
      throw e;
    }
  }

  async alterTable(table: string, change: TableAlteration): Promise<void> {
    const name = this.tableName(table);
    if (change.kind === 'add-columns') {
      for (const c of change.columns) await this.execute(`ALTER TABLE ${name} ADD COLUMN IF NOT EXISTS ${quote(c.name)} ${trinoType(parseHiveType(c.type ?? 'STRING'))}`);
    } else if (change.kind === 'drop-columns') {
      for (const c of change.columns) await this.execute(`ALTER TABLE ${name} DROP COLUMN IF EXISTS ${quote(c)}`);
    } else {
      await this.execute(`ALTER TABLE ${name} ALTER COLUMN ${quote(change.column)} SET DATA TYPE ${trinoType(parseHiveType(change.type))}`);
    }
  }

  async dropTable(table: string): Promise<void> {
    await this.execute(`DROP TABLE IF EXISTS ${this.tableName(table)}`);
  }

  async close(): Promise<void> {
    // Stateless HTTP: nothing stays open between statements.
  }

  /** One HTTP exchange: retried when transient, its failure turned into one line naming the target and step. */
  private async request<T>(step: string, send: () => Promise<T>): Promise<T> {
    try {
      return await withRetry(this.t.attempts ?? 3, (e) => TRANSIENT.has((e as HttpFailure).response?.status ?? 0), send);
    } catch (e) {
      const status = (e as HttpFailure).response?.status;
      if (status === 401 || status === 403) throw this.errors.auth(step);
      if (status !== undefined) throw this.errors.engineError(step, `HTTP ${status}: ${String((e as HttpFailure).response?.data ?? '')}`);
      throw this.errors.connection(step, e);
    }
  }

  /** Our `db.table` in the target's catalog. */
  private tableName(table: string): string {
    const { schema, name } = splitName(table);
    return [this.t.catalog, schema ?? this.t.database, name].filter((p): p is string => p !== undefined).map(quote).join('.');
  }
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

const SCALARS: Record<string, string> = {
  string: 'VARCHAR', varchar: 'VARCHAR', char: 'VARCHAR', text: 'VARCHAR', int: 'INTEGER', integer: 'INTEGER', bigint: 'BIGINT', smallint: 'SMALLINT',
  tinyint: 'TINYINT', double: 'DOUBLE', float: 'REAL', real: 'REAL', boolean: 'BOOLEAN', date: 'DATE', timestamp: 'TIMESTAMP(3)', binary: 'VARBINARY', bytes: 'VARBINARY',
};

/** Trino's spelling of a Hive/Spark column type: `STRING` -> `VARCHAR`, `STRUCT<a:INT>` -> `ROW("a" INTEGER)`. */
export function trinoType(type: HiveType): string {
  switch (type.kind) {
    case 'array':
      return `ARRAY(${trinoType(type.element)})`;
    case 'map':
      return `MAP(${trinoType(type.key)}, ${trinoType(type.value)})`;
    case 'struct':
      return `ROW(${type.fields.map((f) => `${quote(f.name)} ${trinoType(f.type)}`).join(', ')})`;
    case 'decimal':
      return `DECIMAL(${type.precision}, ${type.scale})`;
    case 'scalar':
      return SCALARS[type.name.toLowerCase()] ?? type.text.toUpperCase();
  }
}
