import { createHash } from 'node:crypto';
import type { Engine } from '../engines';
import { StrataError } from '../errors';
import { acquireLockFile } from './lock-file';
import { STATE_FORMAT, type JournalEntry, type LockOwner, type PublishedJob, type PublishedTable, type StateLock, type StateStore, type TargetState } from './state';

/** The state tables in schema `strata`, created with the first step recorded; every row carries a checksum of what strata wrote. */
const SCHEMA = [
  'CREATE SCHEMA IF NOT EXISTS strata',
  'CREATE TABLE strata.meta (key VARCHAR, value VARCHAR)',
  'CREATE TABLE strata.tables (name VARCHAR, hash VARCHAR, columns VARCHAR, version INTEGER, published_by VARCHAR, published_at VARCHAR, checksum VARCHAR)',
  'CREATE TABLE strata.jobs (path VARCHAR, hash VARCHAR, type VARCHAR, writes VARCHAR, version INTEGER, published_by VARCHAR, published_at VARCHAR, handle VARCHAR, checksum VARCHAR)',
  'CREATE TABLE strata.journal (plan VARCHAR, step INTEGER, description VARCHAR, published_by VARCHAR, published_at VARCHAR, PRIMARY KEY (plan, step))',
];

/**
 * A streaming job's submitted SQL, in a table of its own so that states written before it stay
 * readable (and writable by an older strata, whose INSERTs into strata.jobs name no such column).
 * Its row carries the job's hash: one left behind by an older strata's update is ignored.
 */
const DEFINITIONS = 'CREATE TABLE IF NOT EXISTS strata.job_definitions (path VARCHAR, hash VARCHAR, definition VARCHAR, checksum VARCHAR)';

/**
 * The state of a DuckDB target, kept in the target's own file (schema `strata`), so a step's DDL
 * and the rows that record it commit in one transaction. `lockFile` is the sidecar lock beside the
 * database file; an in-memory database (tests) needs none, as no other process can reach it.
 */
export function openDuckDbState(engine: Engine, targetName: string, lockFile?: string): StateStore {
  // Once seen at the start of a step, the schema stays: nothing drops it, so it is not looked up again.
  let exists = false;
  const ready = async () => (exists ||= await hasState(engine));
  return {
    read: () => readState(engine, targetName),
    lock: async (owner: LockOwner): Promise<StateLock> => (lockFile ? acquireLockFile(lockFile, targetName, owner) : { release: async () => undefined }),
    record: (entry, tables, jobs) => engine.transaction(async () => {
      const statements = (await ready()) ? [] : [...SCHEMA, `INSERT INTO strata.meta VALUES ('format', '${STATE_FORMAT}')`];
      statements.push(...recordStatements(entry, tables, jobs));
      // One round trip per step: the statements run in order, in the enclosing transaction.
      await engine.execute(statements.join(';\n'));
    }),
    journal: async (plan: string): Promise<JournalEntry[]> => {
      if (!(await ready())) return [];
      const result = await engine.query(`SELECT plan, step, description, published_by, published_at FROM strata.journal WHERE plan = ${text(plan)} ORDER BY step`);
      return result.rows.map(([p, step, description, by, at]) => ({ plan: String(p), step: Number(step), description: String(description), by: String(by), at: String(at) }));
    },
    close: () => engine.close(),
  };
}

function recordStatements(entry: JournalEntry, tables: Record<string, PublishedTable | null>, jobs: Record<string, PublishedJob | null>): string[] {
  const statements: string[] = [];
  for (const [name, row] of Object.entries(tables)) {
    statements.push(`DELETE FROM strata.tables WHERE name = ${text(name)}`);
    if (row) statements.push(`INSERT INTO strata.tables VALUES (${tableValues(row).map(text).join(', ')})`);
  }
  if (Object.keys(jobs).length > 0) statements.push(DEFINITIONS);
  for (const [path, row] of Object.entries(jobs)) {
    statements.push(`DELETE FROM strata.jobs WHERE path = ${text(path)}`, `DELETE FROM strata.job_definitions WHERE path = ${text(path)}`);
    if (row) statements.push(`INSERT INTO strata.jobs VALUES (${jobValues(row).map(text).join(', ')})`);
    if (row?.definition !== undefined) statements.push(`INSERT INTO strata.job_definitions VALUES (${withChecksum([path, row.hash, row.definition]).map(text).join(', ')})`);
  }
  statements.push(`INSERT INTO strata.journal VALUES (${[entry.plan, entry.step, entry.description, entry.by, entry.at].map(text).join(', ')})`);
  return statements;
}

function hasState(engine: Engine): Promise<boolean> {
  return hasTable(engine, 'meta');
}

async function hasTable(engine: Engine, table: string): Promise<boolean> {
  const found = await engine.query(`SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'strata' AND table_name = ${text(table)}`);
  return Number(found.rows[0][0]) > 0;
}

async function readState(engine: Engine, target: string): Promise<TargetState> {
  const state: TargetState = { format: STATE_FORMAT, tables: {}, jobs: {} };
  if (!(await hasState(engine))) return state;
  const meta = await engine.query("SELECT value FROM strata.meta WHERE key = 'format'");
  const format = Number(meta.rows[0]?.[0]);
  if (!Number.isInteger(format)) throw handEdited(target, 'strata.meta', 'format');
  if (format > STATE_FORMAT) {
    throw new StrataError('config', `target '${target}': its state was written by a newer strata (format ${format}, this one reads ${STATE_FORMAT}); upgrade strata`);
  }
  for (const values of await allRows(engine, 'tables', ['name', 'hash', 'columns', 'version', 'published_by', 'published_at', 'checksum'])) {
    const [name, hash, columns, version, by, at] = values;
    verify(target, 'strata.tables', name, values);
    const row = parsed(target, 'strata.tables', name, () => ({ name: String(name), hash: String(hash), columns: JSON.parse(String(columns)), version: Number(version), by: String(by), at: String(at) }));
    state.tables[row.name] = row;
  }
  for (const values of await allRows(engine, 'jobs', ['path', 'hash', 'type', 'writes', 'version', 'published_by', 'published_at', 'handle', 'checksum'])) {
    const [path, hash, type, writes, version, by, at, handle] = values;
    verify(target, 'strata.jobs', path, values);
    const row: PublishedJob = parsed(target, 'strata.jobs', path, () => ({
      path: String(path), hash: String(hash), type: type as PublishedJob['type'], writes: JSON.parse(String(writes)), version: Number(version), by: String(by), at: String(at),
      ...(handle === null ? {} : { handle: JSON.parse(String(handle)) }),
    }));
    state.jobs[row.path] = row;
  }
  if (await hasTable(engine, 'job_definitions')) await readDefinitions(engine, target, state);
  return state;
}

/** Each job's definition, where the row is as strata wrote it and still of the job's published hash. */
async function readDefinitions(engine: Engine, target: string, state: TargetState): Promise<void> {
  for (const values of await allRows(engine, 'job_definitions', ['path', 'hash', 'definition', 'checksum'])) {
    const [path, hash, definition] = values;
    verify(target, 'strata.job_definitions', path, values);
    const job = state.jobs[String(path)];
    if (job && job.hash === hash) job.definition = String(definition);
  }
}

/**
 * Every row of a state table as one JSON text, parsed at once (10,000 rows read value by value
 * through the driver take seconds); `version` back to the number it was written as.
 */
async function allRows(engine: Engine, table: string, columns: string[]): Promise<unknown[][]> {
  const items = columns.map((c) => `CAST(${c} AS VARCHAR)`).join(', ');
  const result = await engine.query(`SELECT CAST(to_json(list([${items}] ORDER BY ${columns[0]})) AS VARCHAR) FROM strata.${table}`);
  const text = result.rows[0]?.[0];
  return text === null || text === undefined ? [] : (JSON.parse(String(text)) as unknown[][]).map((row) => row.map((v, i) => (columns[i] === 'version' && v !== null ? Number(v) : v)));
}

/** A row's values in column order, its checksum last. */
function tableValues(row: PublishedTable): (string | number)[] {
  return withChecksum([row.name, row.hash, JSON.stringify(row.columns), row.version, row.by, row.at]);
}

function jobValues(row: PublishedJob): (string | number | null)[] {
  return withChecksum([row.path, row.hash, row.type, JSON.stringify(row.writes), row.version, row.by, row.at, row.handle ? JSON.stringify(row.handle) : null]);
}

function withChecksum<T extends string | number | null>(values: T[]): (T | string)[] {
  return [...values, checksumOf(values)];
}

function checksumOf(values: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('hex');
}

function parsed<T>(target: string, table: string, key: unknown, read: () => T): T {
  try {
    return read();
  } catch {
    throw handEdited(target, table, String(key));
  }
}

/** A row (as read, its checksum last) whose values no longer give its checksum was changed outside strata. */
function verify(target: string, table: string, key: unknown, row: unknown[]): void {
  if (checksumOf(row.slice(0, -1)) !== row[row.length - 1]) throw handEdited(target, table, String(key));
}

function handEdited(target: string, table: string, key: string): StrataError {
  return new StrataError(
    'config',
    `target '${target}': state row '${key}' of ${table} is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again`,
  );
}

/** A SQL literal: numbers as they are, text quoted, null as NULL. */
function text(value: string | number | null): string {
  if (value === null) return 'NULL';
  return typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
}
