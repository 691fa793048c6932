import { createHash, randomUUID } from 'node:crypto';
import type { ClickHouseEngine } from '../engines';
import { quoteName, quoteString } from '../engines/clickhouse-types';
import { StrataError } from '../errors';
import { STATE_FORMAT, type JournalEntry, type LockOwner, type PublishedJob, type PublishedTable, type StateLock, type StateStore, type TargetState } from './state';

/**
 * A ClickHouse target's state, in its own database `strata`: one table `strata.state` of rows
 * (target, kind, key, value JSON, checksum, deleted, seq), a ReplacingMergeTree that keeps the
 * highest `seq` per key and is read with FINAL. On a cluster it is a ReplicatedReplacingMergeTree
 * with one ZooKeeper path for every host, so each host holds the whole state.
 *
 * ClickHouse has no transactions, but one INSERT into one table is one part, written whole or
 * not at all: `record` writes a step's table and job rows and its journal entry in one INSERT.
 * A removed row is a newer tombstone (`deleted = 1`), filtered after FINAL in code because old
 * servers may move WHERE conditions before FINAL.
 *
 * The lock is a claim row with a lease, no ZooKeeper needed (18.16 has no compare-and-set): a
 * publish inserts its claim, then reads the live claims; it holds the lock only when its claim is
 * the only one, else it withdraws its claim and fails naming the other holder. Two claimants can
 * thus never both hold it, as long as each one's read sees the other's earlier insert, which holds
 * for publishes that reach the cluster through the same host (the target's); two claims at the
 * same moment may both withdraw (run again). A holder renews its lease while it runs; a crashed
 * holder's claim expires after `LEASE_MS`.
 */
export function openClickHouseState(engine: ClickHouseEngine, targetName: string): StateStore {
  const rows = new StateRows(engine, targetName);
  return {
    read: () => readState(rows, targetName),
    lock: (owner) => takeLock(rows, targetName, owner),
    record: async (entry, tables, jobs) => {
      await rows.ensure();
      await rows.write([
        ['meta', 'format', String(STATE_FORMAT)],
        ...Object.entries(tables).map(([name, row]): Row => ['table', name, row && JSON.stringify(row)]),
        ...Object.entries(jobs).map(([path, row]): Row => ['job', path, row && JSON.stringify(row)]),
        ['journal', journalKey(entry.plan, entry.step), JSON.stringify(entry)],
      ]);
    },
    journal: async (plan) => {
      const found = await rows.read(`kind = 'journal' AND substring(key, 1, ${Buffer.byteLength(plan) + 1}) = ${quoteString(`${plan}#`)}`);
      return found.map((r) => parsed<JournalEntry>(targetName, r)).sort((a, b) => a.step - b.step);
    },
    close: () => engine.close(),
  };
}

/** How long a claim lives without renewal: a crashed publish blocks others at most this long. */
const LEASE_MS = 10 * 60_000;

/** kind, key, value (null: remove the row). */
type Row = [string, string, string | null];
interface StoredRow { kind: string; key: string; value: string }

class StateRows {
  private seq = 0;

  constructor(private readonly engine: ClickHouseEngine, private readonly target: string) {}

  async exists(): Promise<boolean> {
    const found = await this.engine.query("SELECT count() FROM system.tables WHERE database = 'strata' AND name = 'state'");
    return Number(found.rows[0][0]) > 0;
  }

  async ensure(): Promise<void> {
    if (await this.exists()) return;
    const cluster = this.engine.cluster ? ` ON CLUSTER ${quoteName(this.engine.cluster)}` : '';
    const engine = this.engine.cluster ? "ReplicatedReplacingMergeTree('/clickhouse/strata/state', '{shard}-{replica}', seq)" : 'ReplacingMergeTree(seq)';
    await this.engine.execute(`CREATE DATABASE IF NOT EXISTS strata${cluster}`);
    await this.engine.execute(`CREATE TABLE IF NOT EXISTS strata.state${cluster} (target String, kind String, key String, value String, checksum String, deleted UInt8, seq UInt64) ENGINE = ${engine} ORDER BY (target, kind, key)`);
  }

  /** One INSERT: all rows or none. */
  async write(rows: Row[]): Promise<void> {
    const base = BigInt(Date.now()) * 1000n;
    await this.engine.insertRows('strata.state', ['target', 'kind', 'key', 'value', 'checksum', 'deleted', 'seq'], rows.map(([kind, key, value]) => [
      this.target, kind, key, value ?? '', checksum(this.target, kind, key, value ?? ''), value === null ? 1 : 0, String(base + BigInt(this.seq++ % 1000)),
    ]));
  }

  /** The live rows of this target matching `where` (over target, kind and key only). */
  async read(where: string): Promise<StoredRow[]> {
    if (!(await this.exists())) return [];
    const result = await this.engine.query(`SELECT kind, key, value, checksum, deleted FROM strata.state FINAL WHERE target = ${quoteString(this.target)} AND ${where} ORDER BY kind, key`);
    return result.rows.filter((r) => Number(r[4]) === 0).map(([kind, key, value, sum]) => {
      const row = { kind: String(kind), key: String(key), value: String(value) };
      if (sum !== checksum(this.target, row.kind, row.key, row.value)) throw handEdited(this.target, row.key);
      return row;
    });
  }
}

async function readState(rows: StateRows, target: string): Promise<TargetState> {
  const state: TargetState = { format: STATE_FORMAT, tables: {}, jobs: {} };
  const found = await rows.read("kind IN ('meta', 'table', 'job')");
  const format = found.find((r) => r.kind === 'meta' && r.key === 'format');
  if (format) {
    const n = Number(format.value);
    if (!Number.isInteger(n)) throw handEdited(target, 'format');
    if (n > STATE_FORMAT) throw new StrataError('config', `target '${target}': its state was written by a newer strata (format ${n}, this one reads ${STATE_FORMAT}); upgrade strata`);
  }
  for (const r of found) {
    if (r.kind === 'table') state.tables[r.key] = parsed<PublishedTable>(target, r);
    if (r.kind === 'job') state.jobs[r.key] = parsed<PublishedJob>(target, r);
  }
  return state;
}

async function takeLock(rows: StateRows, target: string, owner: LockOwner): Promise<StateLock> {
  await rows.ensure();
  const token = randomUUID();
  const claim = (): Row => ['lock', token, JSON.stringify({ owner, until: new Date(Date.now() + LEASE_MS).toISOString() })];
  await rows.write([claim()]);
  const live = (await rows.read("kind = 'lock'"))
    .map((r) => ({ token: r.key, ...(parsed<{ owner: LockOwner; until: string }>(target, r)) }))
    .filter((c) => Date.parse(c.until) > Date.now());
  const other = live.filter((c) => c.token !== token).sort((a, b) => a.owner.since.localeCompare(b.owner.since))[0];
  if (other) {
    await rows.write([['lock', token, null]]);
    const o = other.owner;
    throw new StrataError('config', `target '${target}' is locked by ${o.user}@${o.host} (pid ${o.pid}, ${o.command}) since ${o.since}; wait for it to finish (a lock whose holder died expires at ${other.until}), then run again`);
  }
  const renew = setInterval(() => void rows.write([claim()]).catch(() => undefined), LEASE_MS / 3);
  renew.unref();
  return {
    release: async () => {
      clearInterval(renew);
      await rows.write([['lock', token, null]]);
    },
  };
}

function journalKey(plan: string, step: number): string {
  return `${plan}#${String(step).padStart(9, '0')}`;
}

function parsed<T>(target: string, row: StoredRow): T {
  try {
    return JSON.parse(row.value) as T;
  } catch {
    throw handEdited(target, row.key);
  }
}

function checksum(target: string, kind: string, key: string, value: string): string {
  return createHash('sha256').update(JSON.stringify([target, kind, key, value])).digest('hex');
}

function handEdited(target: string, key: string): StrataError {
  return new StrataError('config', `target '${target}': state row '${key}' of strata.state is not as strata wrote it; was the state edited by hand? Undo the edit, or delete that row and publish again`);
}
