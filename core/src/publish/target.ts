import * as fs from 'node:fs';
import * as path from 'node:path';
import { openClickHouseTarget, openDuckDb, openFlinkTarget, type Engine } from '../engines';
import { openRemoteEngine, REMOTE_SQL_ENGINES } from '../engines/open-remote';
import { StrataError } from '../errors';
import { resolveState, resolveTarget, type ProjectConfig } from '../project';
import type { Engine as EngineName, StateConfig, TargetConfig } from '../project/model';
import { acquireLockFile, waitForLockFile } from './lock-file';
import type { LockOwner, StateLock, StateStore } from './state';
import { openClickHouseState } from './state-clickhouse';
import { openDuckDbState } from './state-duckdb';
import { openPostgresState } from './state-postgres';

/** A target opened for planning or publishing: its engine and state, locked until `close()`. */
export interface OpenedTarget {
  name: string;
  engine: Engine;
  state: StateStore;
  close(): Promise<void>;
}

export interface OpenTargetOptions {
  root: string;
  config: ProjectConfig;
  /** Default: the project's default target. */
  name?: string;
  owner: LockOwner;
  /** Wait for another publish to release the target instead of failing. */
  wait?: boolean;
  /** Create the database when missing (publish); plan reads an absent one as empty. */
  create: boolean;
}

/**
 * Opens a target and takes its lock. On DuckDB the lock is a sidecar file taken before the
 * database is opened: a second process could not even open the file read-write, and would fail
 * with DuckDB's message instead of saying who holds it.
 */
export async function openTarget(options: OpenTargetOptions): Promise<OpenedTarget> {
  const name = options.name ?? options.config.defaultTarget;
  const target = resolveTarget(options.config, name, process.env);
  if (target.engine === 'clickhouse') return openClickHouseStateTarget(name, target, options.owner);
  if (target.engine === 'flink') return openStreamingTarget(name, target, options);
  if ((REMOTE_SQL_ENGINES as readonly string[]).includes(target.engine)) return openRemoteTarget(name, target, options);
  if (target.engine !== 'duckdb') {
    throw new StrataError('usage', `target '${name}' is a ${target.engine} target; plan and publish support duckdb, clickhouse, flink, spark, hive and trino targets (e.g. --target local)`);
  }
  if (!target.path) throw new StrataError('config', `targets.${name}.path is missing in strata.yaml; give the DuckDB file, e.g. .strata/${name}.duckdb`);
  return openLocalState(name, target.path, options);
}

/**
 * Where a Flink target keeps its state when the project has no `state:` connection (a SQL
 * Gateway has no store): a DuckDB file of its own under `.strata/`.
 */
export function stateFileOf(name: string): string {
  return `.strata/${name}.state.duckdb`;
}

/**
 * A Flink SQL Gateway target: its state and lock where {@link stateLocation} says, its engine a
 * gateway session. Plan reads the state only and asks the gateway nothing.
 */
async function openStreamingTarget(name: string, target: TargetConfig, options: OpenTargetOptions): Promise<OpenedTarget> {
  const location = stateLocation(options.config, name, target.engine);
  const held = location.kind === 'file' ? await openLocalState(name, location.path, options) : await openSharedStreamingState(name, target.engine, options);
  if (!options.create) return held;
  try {
    const gateway = await openFlinkTarget(name, target);
    const close = async () => {
      try {
        await gateway.close();
      } finally {
        await held.close();
      }
    };
    return { name, engine: gateway, state: held.state, close };
  } catch (e) {
    await held.close();
    throw e;
  }
}

/** A streaming target's state in the shared `state:` store; until publish opens the gateway its engine is an empty in-memory DuckDB (plan asks the engine nothing). */
async function openSharedStreamingState(name: string, engine: EngineName, options: OpenTargetOptions): Promise<OpenedTarget> {
  const shared = await openSharedState(options.config, name, engine, options.owner, options.wait);
  try {
    const idle = await openDuckDb();
    const close = async () => {
      try {
        await idle.close();
      } finally {
        await shared.close();
      }
    };
    return { name, engine: idle, state: shared.state, close };
  } catch (e) {
    await shared.close();
    throw e;
  }
}

/** A DuckDB file holding the state (and, for a duckdb target, the tables), behind its sidecar lock. */
async function openLocalState(name: string, relative: string, options: OpenTargetOptions): Promise<OpenedTarget> {
  const file = path.resolve(options.root, relative);
  const shown = path.relative(options.root, file).split(path.sep).join('/');
  const present = ensureFolder(options.root, file, name, shown, options.create);
  if (!present) return inMemory(name);
  const lockFile = `${file}.lock`;
  const lock = options.wait ? await waitForLockFile(lockFile, name, options.owner, `${shown}.lock`) : acquireLockFile(lockFile, name, options.owner, `${shown}.lock`);
  const engine = await openDatabase(file, name, shown, lock);
  const state = openDuckDbState(engine, name, lockFile);
  return { name, engine, state, close: () => closeAll(state, lock) };
}

/** A ClickHouse target: its state lives in the cluster (`strata.state`), and so does its lock (a leased claim row). */
async function openClickHouseStateTarget(name: string, target: TargetConfig, owner: LockOwner): Promise<OpenedTarget> {
  const engine = await openClickHouseTarget(name, target);
  const state = openClickHouseState(engine, name);
  try {
    const lock = await state.lock(owner);
    return { name, engine, state, close: () => releaseThenClose(lock, state) };
  } catch (e) {
    await state.close();
    throw e;
  }
}

/**
 * Where a target keeps its state: in itself (a DuckDB file, a ClickHouse cluster), in the
 * project's shared `state:` connection, or, for a flink target in a project without one, in a
 * DuckDB file of its own ({@link stateFileOf}).
 */
export type StateLocation = { kind: 'own' } | { kind: 'file'; path: string } | { kind: 'shared'; connection: StateConfig };

/** Engines whose targets hold their own state; spark, hive and trino need the project's `state:` connection. */
const OWN_STATE: readonly EngineName[] = ['duckdb', 'clickhouse'];

/**
 * The one place that decides where a target's state lives. A spark, hive or trino target in a
 * project without `state:` is a usage error saying what to add.
 */
export function stateLocation(config: ProjectConfig, name: string, engine: EngineName): StateLocation {
  if (OWN_STATE.includes(engine)) return { kind: 'own' };
  if (engine === 'flink' && !config.state) return { kind: 'file', path: stateFileOf(name) };
  if (!config.state) {
    throw new StrataError('usage', `target '${name}' is a ${engine} target, which cannot hold its own state; add a state: connection (PostgreSQL) to strata.yaml, e.g. state: {engine: postgres, host: db.example.com, database: strata, user: strata, password: '\${env:STRATA_STATE_PASSWORD}'}`);
  }
  return { kind: 'shared', connection: config.state };
}

/**
 * Opens the shared state of a target whose `stateLocation` is shared (secrets read from the
 * environment) and takes its lock; `wait` waits for another publish instead of failing.
 * `close()` releases the lock, then closes the connection.
 */
export async function openSharedState(config: ProjectConfig, name: string, engine: EngineName, owner: LockOwner, wait = false): Promise<{ state: StateStore; close(): Promise<void> }> {
  const location = stateLocation(config, name, engine);
  if (location.kind !== 'shared') throw new StrataError('internal', `target '${name}' keeps its own state`);
  const state = await openPostgresState({ target: name, connection: resolveState(location.connection, process.env), wait });
  try {
    const lock = await state.lock(owner);
    return { state, close: () => releaseThenClose(lock, state) };
  } catch (e) {
    await state.close();
    throw e;
  }
}

/** A spark, hive or trino target: its engine over its own protocol, its state in the project's `state:` connection. */
async function openRemoteTarget(name: string, target: TargetConfig, options: OpenTargetOptions): Promise<OpenedTarget> {
  const shared = await openSharedState(options.config, name, target.engine, options.owner, options.wait);
  try {
    const engine = await openRemoteEngine(name, target);
    const close = async () => {
      try {
        await engine.close();
      } finally {
        await shared.close();
      }
    };
    return { name, engine, state: shared.state, close };
  } catch (e) {
    await shared.close();
    throw e;
  }
}

/** Releasing writes to the state's own connection, so it comes before closing it. */
async function releaseThenClose(lock: StateLock, state: StateStore): Promise<void> {
  try {
    await lock.release();
  } finally {
    await state.close();
  }
}

/**
 * The database file's folder: created when it is strata's own `.strata/` under the project (and
 * `create`), else it must exist. False when there is nothing to open yet (plan before any publish).
 */
function ensureFolder(root: string, file: string, name: string, shown: string, create: boolean): boolean {
  const folder = path.dirname(file);
  const ours = path.relative(path.join(root, '.strata'), folder);
  if (!fs.existsSync(folder)) {
    if (ours.startsWith('..') || path.isAbsolute(ours)) {
      throw new StrataError('config', `target '${name}': cannot open '${shown}': its folder does not exist; create it or fix targets.${name}.path in strata.yaml`);
    }
    if (!create) return false;
    fs.mkdirSync(folder, { recursive: true });
  }
  return create || fs.existsSync(file);
}

async function openDatabase(file: string, name: string, shown: string, lock: StateLock): Promise<Engine> {
  try {
    return await openDuckDb({ path: file });
  } catch (e) {
    await lock.release();
    throw new StrataError('config', `target '${name}': cannot open '${shown}': ${firstLine(e)}; fix targets.${name}.path in strata.yaml`);
  }
}

/** A target with no database yet: an empty state on an in-memory engine, nothing written to disk. */
async function inMemory(name: string): Promise<OpenedTarget> {
  const engine = await openDuckDb();
  const state = openDuckDbState(engine, name);
  return { name, engine, state, close: () => state.close() };
}

async function closeAll(state: StateStore, lock: StateLock): Promise<void> {
  try {
    await state.close();
  } finally {
    await lock.release();
  }
}

/** DuckDB's message on one line (its first: hints follow). */
function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].trim();
}
