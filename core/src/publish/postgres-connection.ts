import type * as Pg from 'pg';
import type { Client, DatabaseError } from 'pg';
import { StrataError } from '../errors';
import type { StateConfig } from '../project';

const CONNECT_TIMEOUT_MS = 10_000;
/** libpq's default port. */
const DEFAULT_PORT = 5432;
/** SQLSTATEs of refused credentials (invalid_password, invalid_authorization_specification) and of a missing database. */
const AUTH_FAILED = new Set(['28P01', '28000']);
const NO_DATABASE = '3D000';

/**
 * One connection to the `state:` PostgreSQL of one target, whose failures are one line naming
 * the target, the state server and the step (never the password). `pg` loads on first use, so
 * commands that never reach a state server do not pay for it.
 */
export class StateConnection {
  private constructor(private readonly client: Client, private readonly errors: StateErrors) {}

  /** Connects (step `connect`); a refused or unreachable server is a StrataError. */
  static async open(target: string, config: StateConfig): Promise<StateConnection> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pg = require('pg') as typeof Pg;
    const client = new pg.Client({
      host: config.host, port: portOf(config), database: config.database, user: config.user, password: config.password,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: 'strata',
    });
    // An idle connection that breaks (server restart) emits 'error'; the next query reports it.
    client.on('error', () => undefined);
    const errors = new StateErrors(target, config);
    try {
      await client.connect();
    } catch (e) {
      await client.end().catch(() => undefined);
      throw errors.of('connect', e);
    }
    return new StateConnection(client, errors);
  }

  /** Runs one statement with `$n` parameters; its rows as arrays in column order. */
  async query(step: string, sql: string, values: unknown[] = []): Promise<unknown[][]> {
    try {
      return (await this.client.query({ text: sql, values, rowMode: 'array' })).rows as unknown[][];
    } catch (e) {
      throw this.errors.of(step, e);
    }
  }

  /** The SQLSTATE of a statement's failure, when the server refused it (others throw as `query` does). */
  async attempt(step: string, sql: string, values: unknown[] = []): Promise<string | undefined> {
    try {
      await this.client.query(sql, values);
      return undefined;
    } catch (e) {
      const code = (e as Partial<DatabaseError>).code;
      if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
      throw this.errors.of(step, e);
    }
  }

  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(step: string, work: () => Promise<T>): Promise<T> {
    await this.query(step, 'BEGIN');
    try {
      const result = await work();
      await this.query(step, 'COMMIT');
      return result;
    } catch (e) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

function portOf(config: StateConfig): number {
  return config.port === undefined ? DEFAULT_PORT : Number(config.port);
}

/** The one-line errors of a state connection. */
class StateErrors {
  constructor(private readonly target: string, private readonly config: StateConfig) {}

  of(step: string, cause: unknown): StrataError {
    const where = `target '${this.target}': state server (postgres ${this.config.host}:${portOf(this.config)}, database '${this.config.database}')`;
    const e = cause as Partial<DatabaseError> & { code?: string };
    if (e.code && AUTH_FAILED.has(e.code)) {
      return new StrataError('config', `${where} refused the credentials of user '${this.config.user ?? '(none)'}' during ${step}; check state.user and state.password in strata.yaml (set the password through \${env:NAME})`);
    }
    if (e.code === NO_DATABASE) return new StrataError('config', `${where}: the database does not exist; create it, or fix state.database in strata.yaml`);
    const message = this.scrub(firstLine(cause));
    if (e.severity !== undefined) return new StrataError('engine', `${where}: ${step} failed: ${message}`);
    const code = e.code && !message.includes(e.code) ? `${e.code}: ` : '';
    return new StrataError('engine', `${where}: the connection failed during ${step} (${code}${message}); check that the server is up and reachable and state: in strata.yaml, then run the command again`);
  }

  private scrub(text: string): string {
    const secret = this.config.password;
    return secret ? text.split(secret).join('***') : text;
  }
}

function firstLine(cause: unknown): string {
  return (cause instanceof Error ? cause.message : String(cause)).trim().split(/\r?\n/)[0];
}
