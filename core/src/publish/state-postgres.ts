import { createHash } from 'node:crypto';
import { sleep } from '../engines/remote';
import { StrataError } from '../errors';
import type { StateConfig } from '../project';
import { StateConnection } from './postgres-connection';
import { STATE_FORMAT, type JournalEntry, type LockOwner, type PublishedJob, type PublishedTable, type StateLock, type StateStore, type TargetState } from './state';

/** SQLSTATE lock_not_available: `FOR UPDATE NOWAIT` met a row another transaction holds. */
const LOCK_NOT_AVAILABLE = '55P03';
const DEFAULT_SCHEMA = 'strata';
const DEFAULT_POLL_MS = 250;
/** How long a loser looks for the holder's row, written just after the holder took the row lock. */
const HOLDER_TRIES = 20;

export interface PostgresStateOptions {
  /** The target whose state this is: every row is keyed by it, so targets share one database. */
  target: string;
  /** The project's `state:` connection, resolved (secrets read). */
  connection: StateConfig;
  /** `lock()` waits for another publish of the target to finish instead of failing. */
  wait?: boolean;
  /** How often a waiting `lock()` tries again. */
  pollMs?: number;
}

/**
 * A target's state in a shared PostgreSQL database (`state:` in strata.yaml), for targets that
 * cannot hold their own (spark, hive, trino, flink), the way SQLMesh keeps its state apart from
 * the engine. Tables in schema `strata` (or `state.schema`): meta (the layout's format), tables,
 * jobs and journal keyed by target; every table and job row carries a checksum of the target and
 * what strata wrote, so a hand-edited row is refused, as is a newer format.
 *
 * A step's rows and journal entry commit in one transaction. The lock is a row lock: a
 * connection of its own holds `SELECT ... FOR UPDATE NOWAIT` on the target's row of
 * `strata.locks` in a transaction open for the whole publish, so the server releases it when the
 * holder ends or dies; the holder's name goes into `strata.holders` for the loser's message.
 */
export async function openPostgresState(options: PostgresStateOptions): Promise<StateStore> {
  const db = await StateConnection.open(options.target, options.connection);
  return new PostgresState(db, options);
}

class PostgresState implements StateStore {
  private readonly s: string;
  private readonly target: string;
  private ready = false;

  constructor(private readonly db: StateConnection, private readonly options: PostgresStateOptions) {
    this.s = `"${options.connection.schema ?? DEFAULT_SCHEMA}"`;
    this.target = options.target;
  }

  async read(): Promise<TargetState> {
    const state: TargetState = { format: STATE_FORMAT, tables: {}, jobs: {} };
    if (!(await this.exists('read state'))) return state;
    const [meta] = await this.db.query('read state', `SELECT value FROM ${this.s}.meta WHERE key = 'format'`);
    const format = Number(meta?.[0]);
    if (!Number.isInteger(format)) throw this.handEdited('meta', 'format');
    if (format > STATE_FORMAT) {
      throw new StrataError('config', `target '${this.target}': its state was written by a newer strata (format ${format}, this one reads ${STATE_FORMAT}); upgrade strata`);
    }
    for (const row of await this.rows('tables', TABLE_COLUMNS)) {
      const [name, hash, columns, version, by, at] = row;
      const table = this.parsed('tables', name, () => ({ name: String(name), hash: String(hash), columns: JSON.parse(String(columns)), version: Number(version), by: String(by), at: String(at) }));
      state.tables[table.name] = table;
    }
    for (const row of await this.rows('jobs', JOB_COLUMNS)) {
      const [path, hash, type, writes, version, by, at, handle, definition] = row;
      const job: PublishedJob = this.parsed('jobs', path, () => ({
        path: String(path), hash: String(hash), type: type as PublishedJob['type'], writes: JSON.parse(String(writes)), version: Number(version), by: String(by), at: String(at),
        ...(handle === null ? {} : { handle: JSON.parse(String(handle)) }),
        ...(definition === null ? {} : { definition: String(definition) }),
      }));
      state.jobs[job.path] = job;
    }
    return state;
  }

  async lock(owner: LockOwner): Promise<StateLock> {
    await this.ensure('lock');
    const holder = await StateConnection.open(this.target, this.options.connection);
    try {
      // The row lock lives as long as this transaction: a server-side idle timeout must not end it.
      await holder.query('lock', 'SET idle_in_transaction_session_timeout = 0');
      await holder.query('lock', `INSERT INTO ${this.s}.locks VALUES ($1) ON CONFLICT DO NOTHING`, [this.target]);
      while (!(await this.tryLock(holder))) {
        if (!this.options.wait) throw this.lockedError(await this.holder());
        await sleep(this.options.pollMs ?? DEFAULT_POLL_MS);
      }
      const written = JSON.stringify(owner);
      await this.db.query('lock', `INSERT INTO ${this.s}.holders VALUES ($1, $2) ON CONFLICT (target) DO UPDATE SET owner = EXCLUDED.owner`, [this.target, written]);
      return {
        release: async () => {
          try {
            await this.db.query('unlock', `DELETE FROM ${this.s}.holders WHERE target = $1 AND owner = $2`, [this.target, written]);
          } finally {
            await holder.close();
          }
        },
      };
    } catch (e) {
      await holder.close();
      throw e;
    }
  }

  async record(entry: JournalEntry, tables: Record<string, PublishedTable | null>, jobs: Record<string, PublishedJob | null>): Promise<void> {
    const step = `record step ${entry.step}`;
    await this.ensure(step);
    await this.db.transaction(step, async () => {
      for (const [name, row] of Object.entries(tables)) {
        await this.db.query(step, `DELETE FROM ${this.s}.tables WHERE target = $1 AND name = $2`, [this.target, name]);
        if (row) await this.insert(step, 'tables', [row.name, row.hash, JSON.stringify(row.columns), row.version, row.by, row.at]);
      }
      for (const [path, row] of Object.entries(jobs)) {
        await this.db.query(step, `DELETE FROM ${this.s}.jobs WHERE target = $1 AND path = $2`, [this.target, path]);
        if (row) await this.insert(step, 'jobs', [row.path, row.hash, row.type, JSON.stringify(row.writes), row.version, row.by, row.at, row.handle ? JSON.stringify(row.handle) : null, row.definition ?? null]);
      }
      await this.db.query(step, `INSERT INTO ${this.s}.journal VALUES ($1, $2, $3, $4, $5, $6)`, [this.target, entry.plan, entry.step, entry.description, entry.by, entry.at]);
    });
  }

  async journal(plan: string): Promise<JournalEntry[]> {
    if (!(await this.exists('read journal'))) return [];
    const rows = await this.db.query('read journal', `SELECT plan, step, description, published_by, published_at FROM ${this.s}.journal WHERE target = $1 AND plan = $2 ORDER BY step`, [this.target, plan]);
    return rows.map(([p, step, description, by, at]) => ({ plan: String(p), step: Number(step), description: String(description), by: String(by), at: String(at) }));
  }

  close(): Promise<void> {
    return this.db.close();
  }

  private async exists(step: string): Promise<boolean> {
    if (this.ready) return true;
    const [[found]] = await this.db.query(step, 'SELECT to_regclass($1) IS NOT NULL', [`${this.s}.meta`]);
    return (this.ready = found === true);
  }

  /** Creates the schema once; an advisory lock keeps two first publishes from racing on CREATE (PostgreSQL's IF NOT EXISTS is not safe against that). */
  private async ensure(step: string): Promise<void> {
    if (await this.exists(step)) return;
    await this.db.transaction(step, async () => {
      await this.db.query(step, 'SELECT pg_advisory_xact_lock(hashtext($1))', [`strata-state ${this.s}`]);
      for (const sql of schema(this.s)) await this.db.query(step, sql);
      await this.db.query(step, `INSERT INTO ${this.s}.meta VALUES ('format', $1) ON CONFLICT DO NOTHING`, [String(STATE_FORMAT)]);
    });
    this.ready = true;
  }

  /** True when this connection now holds the target's row lock; false when another publish does. */
  private async tryLock(holder: StateConnection): Promise<boolean> {
    await holder.query('lock', 'BEGIN');
    const failed = await holder.attempt('lock', `SELECT target FROM ${this.s}.locks WHERE target = $1 FOR UPDATE NOWAIT`, [this.target]);
    if (failed === undefined) return true;
    await holder.query('lock', 'ROLLBACK');
    if (failed === LOCK_NOT_AVAILABLE) return false;
    throw new StrataError('engine', `target '${this.target}': taking the lock in the state server failed (SQLSTATE ${failed}); run the command again`);
  }

  /** The holder's row; written right after it took the lock, so a loser may have to look again. */
  private async holder(): Promise<LockOwner | undefined> {
    for (let i = 0; i < HOLDER_TRIES; i++) {
      const [row] = await this.db.query('lock', `SELECT owner FROM ${this.s}.holders WHERE target = $1`, [this.target]);
      if (row) return this.parsed('holders', this.target, () => JSON.parse(String(row[0])) as LockOwner);
      await sleep(50);
    }
    return undefined;
  }

  private lockedError(o: LockOwner | undefined): StrataError {
    const who = o ? `${o.user}@${o.host} (pid ${o.pid}, ${o.command}) since ${o.since}` : 'another publish (starting)';
    return new StrataError('config', `target '${this.target}' is locked by ${who}; wait for it to finish (--wait), then run again (a holder that died releases it when its connection closes)`);
  }

  private async rows(table: 'tables' | 'jobs', columns: string[]): Promise<unknown[][]> {
    const rows = await this.db.query('read state', `SELECT ${columns.join(', ')}, checksum FROM ${this.s}.${table} WHERE target = $1 ORDER BY ${columns[0]}`, [this.target]);
    for (const row of rows) {
      if (checksumOf(this.target, row.slice(0, -1)) !== row[row.length - 1]) throw this.handEdited(table, String(row[0]));
    }
    return rows;
  }

  private async insert(step: string, table: 'tables' | 'jobs', values: (string | number | null)[]): Promise<void> {
    const all = [this.target, ...values, checksumOf(this.target, values)];
    await this.db.query(step, `INSERT INTO ${this.s}.${table} VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')})`, all);
  }

  private parsed<T>(table: string, key: unknown, read: () => T): T {
    try {
      return read();
    } catch {
      throw this.handEdited(table, String(key));
    }
  }

  private handEdited(table: string, key: string): StrataError {
    return new StrataError(
      'config',
      `target '${this.target}': state row '${key}' of ${this.s.replace(/"/g, '')}.${table} is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again`,
    );
  }
}

const TABLE_COLUMNS = ['name', 'hash', 'columns', 'version', 'published_by', 'published_at'];
const JOB_COLUMNS = ['path', 'hash', 'type', 'writes', 'version', 'published_by', 'published_at', 'handle', 'definition'];

function schema(s: string): string[] {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE IF NOT EXISTS ${s}.meta (key text PRIMARY KEY, value text NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS ${s}.locks (target text PRIMARY KEY)`,
    `CREATE TABLE IF NOT EXISTS ${s}.holders (target text PRIMARY KEY, owner text NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS ${s}.tables (target text, name text, hash text, columns text, version integer, published_by text, published_at text, checksum text, PRIMARY KEY (target, name))`,
    `CREATE TABLE IF NOT EXISTS ${s}.jobs (target text, path text, hash text, type text, writes text, version integer, published_by text, published_at text, handle text, definition text, checksum text, PRIMARY KEY (target, path))`,
    `CREATE TABLE IF NOT EXISTS ${s}.journal (target text, plan text, step integer, description text, published_by text, published_at text, PRIMARY KEY (target, plan, step))`,
  ];
}

/** The checksum of a row's values (the target included: a row copied to another target is not as strata wrote it). */
function checksumOf(target: string, values: unknown[]): string {
  return createHash('sha256').update(JSON.stringify([target, ...values])).digest('hex');
}
