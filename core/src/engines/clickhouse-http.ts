import { randomUUID } from 'node:crypto';
import { ClickHouseLogLevel, createClient, type ClickHouseClient, type ClickHouseSettings } from '@clickhouse/client';
import { parse as parseLossless, stringify as stringifyLossless } from 'lossless-json';
import { StrataError } from '../errors';
import { clickHouseError, isServerTimeout, type ErrorContext } from './clickhouse-errors';

/** Where and as whom to connect: the resolved target (credentials from the environment, never logged). */
export interface ClickHouseConnection {
  /** The target's name in strata.yaml, for messages. */
  target: string;
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  database: string;
}

/** A result in JSONCompact form; numbers are kept as `LosslessNumber` so 64-bit and Decimal values stay exact. */
export interface JsonResult {
  meta: { name: string; type: string }[];
  data: unknown[][];
}

/** Long enough for ON CLUSTER DDL and loads; a caller's `timeoutMs` is what bounds a statement. */
const REQUEST_TIMEOUT_MS = 3_600_000;

/**
 * ClickHouse over its HTTP interface, through the official `@clickhouse/client`. It talks to
 * 18.16 as it is (checked against Debian's server): the client sends only `query_id` and the
 * settings we pass. Two things it cannot do there are done here: 18.x error bodies are not in the
 * form its parser knows (see clickhouse-errors.ts), and 18.x prints Decimal as bare JSON numbers,
 * so results are parsed (and inserts written) with lossless-json.
 */
export class ClickHouseHttp {
  readonly context: ErrorContext;
  private readonly client: ClickHouseClient;

  constructor(connection: ClickHouseConnection) {
    const url = `${connection.secure ? 'https' : 'http'}://${connection.host}:${connection.port}`;
    this.context = { target: connection.target, url, user: connection.user, password: connection.password };
    this.client = createClient({
      url,
      username: connection.user,
      password: connection.password,
      database: connection.database,
      request_timeout: REQUEST_TIMEOUT_MS,
      // A fresh connection per statement: a kept-alive socket the server closed after its 3 s
      // keep-alive timeout fails the next statement with ECONNRESET on a busy machine.
      keep_alive: { enabled: false },
      // Its logger prints request arguments; our errors say what matters, once.
      log: { level: ClickHouseLogLevel.OFF },
      json: { parse: (text) => parseLossless(text) as never, stringify: (value) => stringifyLossless(value) ?? '' },
    });
  }

  /** Runs a statement that returns no rows (DDL, INSERT ... SELECT). */
  async command(sql: string, options: CallOptions = {}): Promise<void> {
    await this.call(sql, options, (params) => this.client.command({ query: sql, ...params }));
  }

  async query(sql: string, options: CallOptions = {}): Promise<JsonResult> {
    return this.call(sql, options, async (params) => {
      const result = await this.client.query({ query: sql, format: 'JSONCompact', ...params });
      // JSONCompact is one document; its rows are arrays.
      const body = (await result.json()) as unknown as JsonResult;
      return { meta: body.meta, data: body.data };
    });
  }

  /** Inserts rows (objects of column name to JSON value) in one JSONEachRow request. */
  async insert(table: string, columns: string[], rows: Record<string, unknown>[], settings: ClickHouseSettings = {}): Promise<void> {
    await this.call(`INSERT INTO ${table}`, { settings }, (params) => this.client.insert({ table, columns: columns as [string, ...string[]], values: rows, format: 'JSONEachRow', ...params }));
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /**
   * Runs `run` with a query id; with a timeout the server stops the query at `max_execution_time`
   * and the client gives up at `timeoutMs` and kills the query, whichever comes first.
   */
  private async call<T>(sql: string, options: CallOptions, run: (params: RunParams) => Promise<T>): Promise<T> {
    const queryId = randomUUID();
    const abort = new AbortController();
    const settings: ClickHouseSettings = { ...options.settings };
    let timer: NodeJS.Timeout | undefined;
    if (options.timeoutMs !== undefined) {
      settings.max_execution_time = Math.max(1, Math.ceil(options.timeoutMs / 1000));
      timer = setTimeout(() => abort.abort(), options.timeoutMs);
    }
    try {
      return await run({ query_id: queryId, abort_signal: abort.signal, clickhouse_settings: settings });
    } catch (e) {
      if (options.timeoutMs !== undefined && (abort.signal.aborted || isServerTimeout(e))) {
        await this.kill(queryId);
        throw new StrataError('timeout', `target '${this.context.target}': the statement did not finish within ${options.timeoutMs} ms and was stopped; narrow it, or raise the timeout`);
      }
      throw clickHouseError(e, this.context, { sent: sql, start: options.prefix ?? 0, end: sql.length - (options.suffix ?? 0) });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Best effort: the server may already have stopped it. */
  private async kill(queryId: string): Promise<void> {
    try {
      await this.client.command({ query: `KILL QUERY WHERE query_id = '${queryId}' ASYNC` });
    } catch {
      // The query is gone or the server unreachable: nothing left to stop.
    }
  }
}

export interface CallOptions {
  settings?: ClickHouseSettings;
  timeoutMs?: number;
  /** Characters put before and after the caller's SQL, so positions in errors point into the caller's text. */
  prefix?: number;
  suffix?: number;
}

interface RunParams {
  query_id: string;
  abort_signal: AbortSignal;
  clickhouse_settings: ClickHouseSettings;
}
