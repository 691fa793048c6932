import { StrataError, type SourceLocation } from '../errors';
import type { TableInfo } from '../catalog';
import type { TargetConfig } from '../project';
import type { Engine, RunOptions } from './engine';

/** A cluster engine reached over the network: the Engine interface plus the engine's own EXPLAIN. */
export interface RemoteEngine extends Engine {
  /** The engine's plan for `sql`, as text; an EngineRefusal when the engine rejects it. */
  explain(sql: string, options?: RunOptions): Promise<string>;
}

/** The engine refused a statement: its error code and its own message, for callers that map positions. */
export class EngineRefusal extends StrataError {
  constructor(message: string, readonly engineCode: string, readonly engineMessage: string, location?: SourceLocation) {
    super('engine', message, location);
  }
}

/** How to reach a cluster engine, from a resolved target (`resolveTarget`: secrets already read from the environment). */
export interface RemoteTarget {
  /** The target's name in strata.yaml, named by every message. */
  target: string;
  host: string;
  port: number;
  user?: string;
  password?: string;
  /** Default database (Hive) or schema (Trino). */
  database?: string;
  /** Trino catalog. */
  catalog?: string;
  /** HiveServer2 over HTTP (`hive.server2.thrift.http.path`, e.g. `cliservice`); absent: binary TCP. */
  httpPath?: string;
  /** Per statement unless `RunOptions.timeoutMs` says otherwise; default {@link DEFAULT_REMOTE_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Tries of one request that failed transiently (HTTP 502/503/504); default 3. */
  attempts?: number;
}

export const DEFAULT_REMOTE_TIMEOUT_MS = 60_000;

/** A target of strata.yaml as a RemoteTarget; `host` and `port` are required. */
export function remoteTarget(name: string, config: TargetConfig): RemoteTarget {
  const port = typeof config.port === 'string' ? Number(config.port) : config.port;
  if (!config.host || port === undefined || !Number.isInteger(port)) {
    throw new StrataError('config', `targets.${name}: a ${config.engine} target needs host and port; add them to strata.yaml`);
  }
  return { target: name, host: config.host, port, user: config.user, password: config.password, database: config.database, catalog: config.catalog, httpPath: config.http_path };
}

const STEP_WORDS = new Set(['SELECT', 'EXPLAIN', 'CREATE', 'TABLE', 'IF', 'NOT', 'EXISTS', 'INSERT', 'INTO', 'OVERWRITE', 'ALTER', 'DROP', 'DESCRIBE', 'SET', 'WITH', 'SHOW', 'JOBS', 'STOP', 'JOB', 'EXECUTE', 'STATEMENT', 'BEGIN', 'TEMPORARY', 'VIEW', 'USE']);
/** Keywords after which the next word names the object acted on. */
const OBJECT_AFTER = new Set(['TABLE', 'INTO', 'VIEW', 'DESCRIBE', 'EXISTS', 'JOB', 'USE']);

/** What a message calls a statement: its leading keywords and the object they name (`CREATE TABLE dws.t`, `EXPLAIN SELECT`), never values. */
export function stepOf(sql: string): string {
  const words = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim().split(/\s+/);
  const step: string[] = [];
  for (const word of words) {
    const upper = word.toUpperCase();
    if (STEP_WORDS.has(upper)) {
      step.push(upper);
      continue;
    }
    if (step.length > 0 && OBJECT_AFTER.has(step[step.length - 1])) step.push(word);
    break;
  }
  return step.length > 0 ? step.join(' ') : 'a statement';
}

/** Builds the one-line errors every remote adapter reports, each naming the engine, target and step. */
export class RemoteErrors {
  constructor(private readonly engine: string, private readonly t: RemoteTarget) {}

  private get where(): string {
    return `${this.engine} target '${this.t.target}' (${this.t.host}:${this.t.port})`;
  }

  /** The connection failed or dropped; the step may or may not have run. */
  connection(step: string, cause: unknown): StrataError {
    return new StrataError('engine', this.scrub(`${this.where}: the connection failed during ${step} (${detail(cause)}); check that the server is up and reachable, then run the command again`));
  }

  /** The server refused the credentials. Names the user, never the password. */
  auth(step: string): StrataError {
    const user = this.t.user ?? '(none)';
    return new StrataError('config', `${this.where}: the server refused the credentials of user '${user}' during ${step}; check targets.${this.t.target}.user and password (set the password through \${env:NAME})`);
  }

  timeout(step: string, ms: number): StrataError {
    return new StrataError('timeout', `${this.where}: ${step} ran longer than ${ms / 1000} s and was cancelled; raise --timeout or look at the engine's load`);
  }

  /** The engine refused the statement: its own message's first line, and the position it names further down (Spark's `; line 3 pos 14;`). */
  engineError(step: string, message: string, code = ''): EngineRefusal {
    const first = firstLine(message);
    const position = enginePosition(first) ? undefined : /\bline \d+,? pos \d+\b/.exec(message)?.[0];
    const shown = position ? `${first.replace(/[.;]$/, '')} (${position})` : first;
    return new EngineRefusal(this.scrub(`${this.where}: ${step} failed: ${shown}`), code, shown);
  }

  /** The password never reaches a message, whatever a driver put in its error. */
  scrub(text: string): string {
    const secret = this.t.password;
    return secret ? text.split(secret).join('***') : text;
  }
}

function firstLine(message: string): string {
  return message.trim().split(/\r?\n/)[0];
}

function detail(cause: unknown): string {
  const e = cause as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const message = typeof e?.message === 'string' ? firstLine(e.message) : String(cause);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/** Runs `run`, again after 50-100 ms (Trino's advice for 502/503/504) while `transient` says so, `attempts` times at most. */
export async function withRetry<T>(attempts: number, transient: (e: unknown) => boolean, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (attempt >= attempts || !transient(e)) throw e;
      await sleep(50 + 50 * Math.random());
    }
  }
}

/**
 * `run`, or `onTimeout()`'s error after `ms` (the caller cancels the statement in `onTimeout`).
 * Once the deadline passed, whatever `run` still settles with is ignored: the timeout is the answer.
 */
export async function withDeadline<T>(ms: number, run: Promise<T>, onTimeout: () => Promise<Error>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let late = false;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      void onTimeout().then(reject, reject);
    }, ms);
  });
  const settled = run.then(
    (value) => (late ? expired : value),
    (e: unknown) => (late ? expired : Promise.reject(e)),
  );
  try {
    return await Promise.race([settled, expired]);
  } finally {
    clearTimeout(timer);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Where an engine's message puts the error in the statement sent, 0-based: Spark/Hive
 * `line 3 pos 14` or `(line 3, pos 14)` (pos 0-based), Trino `line 3:15` and Flink `From line 3, column 15` (columns 1-based).
 */
export function enginePosition(message: string): { line: number; character: number } | undefined {
  const spark = /\bline (\d+),? pos (\d+)\b/.exec(message);
  if (spark) return { line: Number(spark[1]) - 1, character: Number(spark[2]) };
  const flink = /\bline (\d+), column (\d+)\b/.exec(message);
  if (flink) return { line: Number(flink[1]) - 1, character: Number(flink[2]) - 1 };
  const trino = /\bline (\d+):(\d+)\b/.exec(message);
  if (trino) return { line: Number(trino[1]) - 1, character: Number(trino[2]) - 1 };
  return undefined;
}

/** A YAML/CSV value as a SQL literal for an INSERT ... VALUES (strings quoted, quotes doubled). */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  throw new StrataError('data', `a nested value (${JSON.stringify(value)}) cannot be sent as a literal to a cluster engine; load nested data with strata run`);
}

/** `db.table` split for engines that quote each part. */
export function splitName(table: string): { schema?: string; name: string } {
  const dot = table.lastIndexOf('.');
  return dot < 0 ? { name: table } : { schema: table.slice(0, dot), name: table.slice(dot + 1) };
}

/** `Engine.createTables` of an engine without batched DDL: one table after another. */
export async function createEach(engine: Pick<Engine, 'createTable'>, tables: readonly TableInfo[]): Promise<void> {
  for (const table of tables) await engine.createTable(table);
}

/** `Engine.executeInTransaction` of an engine without transactions: in order, stopping at the first failure (nothing is rolled back). */
export async function executeEach(engine: Pick<Engine, 'execute'>, statements: readonly string[], options?: RunOptions): Promise<void> {
  for (const sql of statements) await engine.execute(sql, options);
}
