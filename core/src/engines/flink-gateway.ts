/**
 * Flink SQL Gateway through its REST API (v1 sessions and operations, v2 results with
 * `rowFormat=JSON`), with Node's fetch: no well-kept npm client exists. Each statement is an
 * operation whose result pages are followed by `nextResultUri` until EOS (NOT_READY: asked again
 * after {@link POLL_MS}); an operation past its deadline is cancelled. A result page is a GET of
 * an operation the gateway keeps: asked again when the connection drops. Streaming jobs go through
 * {@link FlinkStreaming}: submit in a session of its own with SET options (from a savepoint when
 * given), stop with or without a savepoint, read the jobs' states from `SHOW JOBS`. Basic auth is sent when the target has a
 * user (a gateway behind an authenticating proxy). No transactions; `describe` declares a
 * temporary view and DESCRIBEs it, so nothing runs.
 */
import type { TableInfo } from '../catalog';
import type { Engine, EngineCapabilities, QueryResult, ResultColumn, RunOptions, TableAlteration } from './engine';
import { DEFAULT_REMOTE_TIMEOUT_MS, createEach, executeEach, EngineRefusal, RemoteErrors, sleep, sqlLiteral, stepOf, withDeadline, withRetry, type RemoteTarget } from './remote';

const CAPABILITIES: EngineCapabilities = { transactions: false, prepare: true, nestedTypes: true, streaming: true, transactionalDdl: false };
const POLL_MS = 50;
const TRANSIENT = new Set([502, 503, 504]);

/** A streaming job as `SHOW JOBS` lists it. */
export interface FlinkJobInfo {
  id: string;
  name: string;
  /** RUNNING, FINISHED, CANCELED, FAILED, ... as Flink names job states. */
  status: string;
}

/** The streaming side of the gateway: what publishing a Flink job needs. */
export interface FlinkStreaming {
  /**
   * Runs the job's statements in a session of its own (SET options, DDL, views, then its INSERT
   * or STATEMENT SET), so no option reaches another job, and returns the submitted job's id.
   * With `savepoint`, the job restores its state from it (`SET 'execution.savepoint.path'` first).
   */
  submitJob(statements: string[], options?: { savepoint?: string }): Promise<string>;
  /** `STOP JOB 'id' WITH SAVEPOINT`: the path of the savepoint taken. */
  stopWithSavepoint(jobId: string): Promise<string>;
  /** `STOP JOB 'id'`: stopped without a savepoint. */
  stopJob(jobId: string): Promise<void>;
  /** The job as `SHOW JOBS` lists it, or undefined when the cluster does not know it. */
  jobStatus(jobId: string): Promise<FlinkJobInfo | undefined>;
  /** Every job `SHOW JOBS` lists. */
  listJobs(): Promise<FlinkJobInfo[]>;
}

export type FlinkGateway = Engine & FlinkStreaming;

/** Opens a gateway session. */
export async function openFlinkGateway(target: RemoteTarget): Promise<FlinkGateway> {
  const gateway = new FlinkGatewayEngine(target);
  await gateway.open();
  return gateway;
}

interface ResultPage {
  resultType: 'NOT_READY' | 'PAYLOAD' | 'EOS';
  jobID?: string;
  results?: { columns?: { name: string; logicalType: { type: string } }[]; data?: { kind: string; fields: unknown[] }[] };
  nextResultUri?: string;
}

class HttpStatusError extends Error {
  constructor(readonly status: number, readonly body: string) {
    super(`HTTP ${status}`);
  }
}

class FlinkGatewayEngine implements FlinkGateway {
  readonly name = 'flink';
  readonly capabilities = CAPABILITIES;
  private readonly errors: RemoteErrors;
  private readonly base: string;
  private session?: string;

  constructor(private readonly t: RemoteTarget) {
    this.errors = new RemoteErrors('flink', t);
    this.base = `http://${t.host}:${t.port}`;
  }

  async open(): Promise<void> {
    const answer = await this.request<{ sessionHandle: string }>('open session', 'POST', '/v1/sessions', { sessionName: 'strata', properties: {} });
    this.session = answer.sessionHandle;
  }

  async submitJob(statements: string[], options: { savepoint?: string } = {}): Promise<string> {
    const session = new FlinkGatewayEngine(this.t);
    await session.open();
    try {
      if (options.savepoint) await session.execute(`SET 'execution.savepoint.path' = ${sqlLiteral(options.savepoint)}`);
      let jobId: string | undefined;
      for (const sql of statements) jobId = (await session.run(sql)).jobId ?? jobId;
      if (!jobId) throw new EngineRefusal(`flink target '${this.t.target}': the job's statements submitted no job; it needs an INSERT or a STATEMENT SET`, '', '');
      return jobId;
    } finally {
      await session.close();
    }
  }

  async stopWithSavepoint(jobId: string): Promise<string> {
    const result = await this.query(`STOP JOB ${sqlLiteral(jobId)} WITH SAVEPOINT`);
    return String(result.rows[0]?.[0]);
  }

  async stopJob(jobId: string): Promise<void> {
    await this.execute(`STOP JOB ${sqlLiteral(jobId)}`);
  }

  async jobStatus(jobId: string): Promise<FlinkJobInfo | undefined> {
    return (await this.listJobs()).find((j) => j.id === jobId);
  }

  async listJobs(): Promise<FlinkJobInfo[]> {
    return (await this.query('SHOW JOBS')).rows.map((r) => ({ id: String(r[0]), name: String(r[1]), status: String(r[2]) }));
  }

  async createTable(table: TableInfo): Promise<void> {
    const columns = table.columns.filter((c) => c.type !== undefined && !c.readOnly).map((c) => `${quote(c.name)} ${c.type}`);
    const key = table.primaryKey?.length ? [`PRIMARY KEY (${table.primaryKey.map(quote).join(', ')}) NOT ENFORCED`] : [];
    const options = Object.entries(table.options).map(([k, v]) => `${sqlLiteral(k)} = ${sqlLiteral(v)}`);
    await this.execute(`CREATE TABLE IF NOT EXISTS ${tableName(table.name)} (${[...columns, ...key].join(', ')}) WITH (${options.join(', ')})`);
  }

  async insertRows(table: string, columns: string[], rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    await this.execute(`INSERT INTO ${tableName(table)} (${columns.map(quote).join(', ')}) VALUES ${rows.map((r) => `(${r.map(sqlLiteral).join(', ')})`).join(', ')}`);
  }

  async describe(sql: string): Promise<ResultColumn[]> {
    await this.execute(`CREATE TEMPORARY VIEW strata_describe AS\n${sql}`);
    try {
      return (await this.query('DESCRIBE strata_describe')).rows.map((r) => ({ name: String(r[0]), type: String(r[1]) }));
    } finally {
      await this.execute('DROP TEMPORARY VIEW IF EXISTS strata_describe');
    }
  }

  async execute(sql: string, options?: RunOptions): Promise<void> {
    await this.run(sql, options);
  }

  async query(sql: string, options?: RunOptions): Promise<QueryResult> {
    return (await this.run(sql, options)).result;
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
      return (await this.query(`DESCRIBE ${tableName(table)}`)).rows.map((r) => ({ name: String(r[0]), type: String(r[1]) }));
    } catch (e) {
      if (e instanceof EngineRefusal && /does ?n[o']t exist|not found/i.test(e.engineMessage)) return undefined;
      throw e;
    }
  }

  async alterTable(table: string, change: TableAlteration): Promise<void> {
    const have = new Set((await this.tableColumns(table))?.map((c) => c.name.toLowerCase()) ?? []);
    const name = tableName(table);
    if (change.kind === 'add-columns') {
      const missing = change.columns.filter((c) => !have.has(c.name.toLowerCase()));
      if (missing.length > 0) await this.execute(`ALTER TABLE ${name} ADD (${missing.map((c) => `${quote(c.name)} ${c.type ?? 'STRING'}`).join(', ')})`);
    } else if (change.kind === 'drop-columns') {
      const present = change.columns.filter((c) => have.has(c.toLowerCase()));
      if (present.length > 0) await this.execute(`ALTER TABLE ${name} DROP (${present.map(quote).join(', ')})`);
    } else {
      await this.execute(`ALTER TABLE ${name} MODIFY (${quote(change.column)} ${change.type})`);
    }
  }

  async dropTable(table: string): Promise<void> {
    await this.execute(`DROP TABLE IF EXISTS ${tableName(table)}`);
  }

  async close(): Promise<void> {
    if (this.session) await this.request('close session', 'DELETE', `/v1/sessions/${this.session}`).catch(() => undefined);
    this.session = undefined;
  }

  /** One statement as an operation: submitted, its result pages fetched to EOS, cancelled past the deadline. */
  private async run(sql: string, options: RunOptions = {}): Promise<{ result: QueryResult; jobId?: string }> {
    const step = stepOf(sql);
    const ms = options.timeoutMs ?? this.t.timeoutMs ?? DEFAULT_REMOTE_TIMEOUT_MS;
    const session = `/v1/sessions/${this.session}`;
    let operation: string | undefined;
    let expired = false;
    const fetchAll = async () => {
      operation = (await this.request<{ operationHandle: string }>(step, 'POST', `${session}/statements`, { statement: sql })).operationHandle;
      const result: QueryResult = { columns: [], rows: [] };
      let jobId: string | undefined;
      let next: string | undefined = `/v2/sessions/${this.session}/operations/${operation}/result/0?rowFormat=JSON`;
      while (next && !expired) {
        const page: ResultPage = await this.request<ResultPage>(step, 'GET', next);
        if (page.resultType === 'NOT_READY') await sleep(POLL_MS);
        else {
          jobId = page.jobID ?? jobId;
          if (page.results?.columns?.length) result.columns = page.results.columns.map((c) => ({ name: c.name, type: c.logicalType.type }));
          result.rows.push(...(page.results?.data ?? []).map((d) => d.fields));
          next = page.resultType === 'EOS' ? undefined : (page.nextResultUri ?? next);
        }
      }
      await this.request(step, 'DELETE', `${session}/operations/${operation}/close`).catch(() => undefined);
      return { result, jobId };
    };
    return withDeadline(ms, fetchAll(), async () => {
      expired = true;
      if (operation) await this.request(step, 'POST', `${session}/operations/${operation}/cancel`).catch(() => undefined);
      return this.errors.timeout(step, ms);
    });
  }

  /** One REST exchange: retried when transient; a failure becomes one line naming the target and step. */
  private async request<T>(step: string, method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (this.t.user) headers.Authorization = `Basic ${Buffer.from(`${this.t.user}:${this.t.password ?? ''}`).toString('base64')}`;
    const send = async (): Promise<T> => {
      const response = await fetch(`${this.base}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      const text = await response.text();
      if (!response.ok) throw new HttpStatusError(response.status, text);
      return (text ? JSON.parse(text) : {}) as T;
    };
    try {
      // A GET changes nothing on the gateway: asking again after a dropped connection is safe.
      const transient = (e: unknown) => (e instanceof HttpStatusError ? TRANSIENT.has(e.status) : method === 'GET');
      return await withRetry(this.t.attempts ?? 3, transient, send);
    } catch (e) {
      if (!(e instanceof HttpStatusError)) throw this.errors.connection(step, (e as { cause?: unknown }).cause ?? e);
      if (e.status === 401 || e.status === 403) throw this.errors.auth(step);
      throw this.errors.engineError(step, rootCause(e.body) ?? `HTTP ${e.status}`);
    }
  }
}

/** The message of the gateway's `{"errors": [...]}`: the cause naming a position, else the deepest cause. */
function rootCause(body: string): string | undefined {
  let errors: unknown;
  try {
    errors = (JSON.parse(body) as { errors?: unknown }).errors;
  } catch {
    return undefined;
  }
  if (!Array.isArray(errors)) return undefined;
  const trace = errors.map(String).join('\n');
  const causes = [...trace.matchAll(/^Caused by: [\w.$]+: (.*)$/gm)].map((m) => m[1]);
  return causes.find((c) => /\bline \d+, column \d+/.test(c)) ?? causes.at(-1) ?? String(errors.at(-1)).split('\n')[0];
}

function quote(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function tableName(table: string): string {
  return table.split('.').map(quote).join('.');
}
