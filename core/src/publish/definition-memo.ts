import type { JobIO } from '../analysis/graph';
import { RecordingCatalog } from '../cache/catalog-deps';
import { DiskCache } from '../cache/disk-cache';
import { hashBytes } from '../cache/file-hashes';
import type { TableInfo } from '../catalog';
import type { WorkspaceCache } from '../tasks/cached-workspace';
import type { Workspace, WorkspaceFile } from '../tasks/workspace';
import { desiredTable, type DefinitionMemo, type TargetSelection } from './definition';
import type { Desired, DesiredJob } from './plan-types';

/** The desired state without table columns (they come from the catalog on first use). */
interface StoredDesired {
  /** `WorkspaceCache.stateOf`: every file's record key, strata.yaml, tests and seeds. */
  project: string;
  tables: [name: string, hash: string, file: string | undefined][];
  jobs: DesiredJob[];
  ranks: string[];
}

/** One target selection's entry. */
interface StoredEntry {
  /** Definition hash by the key of what it was computed from (a table's catalog fingerprint, a job's record key). */
  hashes: Record<string, string>;
  /** The publish order (keys in rank order) of the tables and jobs whose key is `key`. */
  order?: { key: string; ranks: string[] };
  /** The whole desired state of the last run. */
  desired?: StoredDesired;
}

/**
 * Definition hashes and the publish order remembered in the analysis cache
 * (`.strata/cache/publish/`, one entry per `tables:` selection). An unchanged project (same
 * `stateOf`) takes its whole desired state from there, without indexing its jobs or reading its
 * tables' columns; after an edit, a table's hash is reused by its catalog fingerprint (its file's
 * record key: path, content, config, tool version; a hash of the table when `LIKE` merges another
 * in), a job's by its record key, the order by every table name and every job's reads and
 * writes. Like the rest of the cache it only saves time: a lost entry is computed again.
 */
export class StoredDefinitions implements DefinitionMemo {
  private readonly store: DiskCache<StoredEntry>;
  private readonly entryKey: string;
  private readonly before: StoredEntry;
  private readonly used = new Map<string, string>();
  private ranks: StoredEntry['order'];

  constructor(root: string, private readonly ws: Workspace, private readonly cache: WorkspaceCache, selection: TargetSelection) {
    this.store = new DiskCache(root, 'publish', { touch: false });
    this.entryKey = this.store.key({ content: JSON.stringify(selection.tables ?? null), dialect: 'definitions' });
    this.before = this.store.get(this.entryKey) ?? { hashes: {} };
    this.ranks = this.before.order;
  }

  /** The desired state of the last run, if the project is unchanged since. */
  desired(): Desired | undefined {
    const stored = this.before.desired;
    if (stored?.project !== this.cache.stateOf(this.ws)) return undefined;
    const catalog = this.ws.catalog;
    return {
      tables: new Map(stored.tables.map(([name, hash, file]) => [name, desiredTable({ name, file }, hash, () => catalog.get(name)!)])),
      jobs: new Map(stored.jobs.map((j) => [j.path, j])),
      order: new Map(stored.ranks.map((key, i) => [key, i])),
    };
  }

  tableHash(table: TableInfo, compute: () => string): string {
    const catalog = this.ws.catalog;
    // A catalog that keeps no fingerprints has no key to remember a hash by.
    return catalog instanceof RecordingCatalog ? this.remembered(`t ${catalog.fingerprintOf(table)}`, compute) : compute();
  }

  jobHash(wf: WorkspaceFile, compute: () => string): string {
    return this.remembered(`j ${this.cache.keyOf(wf.file, this.ws.project.config)}`, compute);
  }

  order(tables: string[], jobs: JobIO[], compute: () => Map<string, number>): Map<string, number> {
    const key = hashBytes(JSON.stringify([tables, jobs.map((j) => [j.name, j.file, j.type, j.reads, j.writes])]));
    if (this.ranks?.key === key) return new Map(this.ranks.ranks.map((name, i) => [name, i]));
    const order = compute();
    this.ranks = { key, ranks: [...order.keys()] };
    return order;
  }

  /** Stores `desired` (computed by `desiredState` with this memo) and the hashes this run used; drops the rest. */
  save(desired: Desired): void {
    const stored: StoredDesired = {
      project: this.cache.stateOf(this.ws),
      tables: [...desired.tables.values()].map((t) => [t.name, t.hash, t.file]),
      jobs: [...desired.jobs.values()],
      ranks: [...desired.order.keys()],
    };
    this.store.set(this.entryKey, { hashes: Object.fromEntries(this.used), order: this.ranks, desired: stored });
  }

  private remembered(key: string, compute: () => string): string {
    const hash = this.before.hashes[key] ?? compute();
    this.used.set(key, hash);
    return hash;
  }
}
