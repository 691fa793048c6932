import { DiskCache, type DiskCacheOptions } from '../cache/disk-cache';
import type { IndexEntry } from './file-index';

/** One file's entry, under its project path. */
type Line = [path: string, entry: IndexEntry];

/** A delta of up to this many entries (or an eighth of the base) is written instead of the whole index. */
const DELTA_LINES = 256;

/**
 * The `index` of a warm run: every project file's {@link IndexEntry}, in the order the project
 * walk meets the files, as one JSON entry. A warm run decodes it in one `JSON.parse` and finds
 * each file at the next position (nearly always), without a map, a shard hash or a "used" record
 * per file; 64 shards cost a warm lint of a 16,000-file project ~40 ms more in lookups alone.
 *
 * Entries set since the base was written go to a small second entry, the delta, whose entries
 * override the base's: a run that edited a few files writes a few entries, not the whole index.
 * A run writes the whole index again when the delta would grow past {@link DELTA_LINES} (or an
 * eighth of the base) or a base entry went unused (a file deleted or renamed). Entries are
 * self-validating (a record key and a stat signature), so entries written by another process are
 * as good as this run's, and a lost, damaged or foreign-version entry is just a miss.
 */
export class IndexSnapshot {
  private readonly store: DiskCache<Line[]>;
  private readonly baseKey: string;
  private readonly deltaKey: string;
  private base?: Line[];
  private readonly delta = new Map<string, IndexEntry>();
  /** Where the next base entry is: the walk asks in the order of the entries. */
  private cursor = 0;
  /** Base positions by path, built when a path is asked out of order (a file added, removed or renamed). */
  private positions?: Map<string, number>;
  /** Base entries this run asked for. */
  private usedBase = 0;
  /** This run's paths in the order asked, and their entries as stored (undefined: none). */
  private readonly paths: string[] = [];
  private readonly entries: (IndexEntry | undefined)[] = [];
  /** Entries set this run, by path. */
  private readonly changed = new Map<string, IndexEntry>();

  constructor(root: string, options: DiskCacheOptions = {}) {
    this.store = new DiskCache(root, 'index', { toolVersion: options.toolVersion, touch: false });
    this.baseKey = this.store.key({ content: 'index', dialect: '' });
    this.deltaKey = this.store.key({ content: 'index-delta', dialect: '' });
  }

  /** The entry stored for `path` (which this run then keeps), or undefined. */
  get(path: string): IndexEntry | undefined {
    const base = (this.base ??= this.load());
    const fromBase = this.fromBase(base, path);
    if (fromBase) this.usedBase++;
    const entry = this.delta.get(path) ?? fromBase;
    this.paths.push(path);
    this.entries.push(entry);
    return entry;
  }

  /** Stores `entry` for `path` (written by `save()`). */
  set(path: string, entry: IndexEntry): void {
    this.changed.set(path, entry);
  }

  /** Writes what changed: the delta, or the whole index (see the class). */
  save(): void {
    const baseCount = this.base?.length ?? 0;
    const deltaUsed = this.paths.filter((path) => this.delta.has(path)).length;
    if (this.changed.size === 0 && this.usedBase === baseCount && deltaUsed === this.delta.size) return;
    if (this.usedBase === baseCount) {
      const delta = this.lines((path) => this.changed.has(path) || this.delta.has(path));
      if (delta.length <= Math.max(DELTA_LINES, baseCount / 8)) {
        this.store.set(this.deltaKey, delta);
        return;
      }
    }
    this.store.set(this.baseKey, this.lines(() => true));
    this.store.set(this.deltaKey, []);
  }

  /** This run's entries whose path `wanted` accepts, then those set for paths it did not ask. */
  private lines(wanted: (path: string) => boolean): Line[] {
    const lines: Line[] = [];
    const kept = new Set<string>();
    this.paths.forEach((path, i) => {
      const entry = this.changed.get(path) ?? this.entries[i];
      if (entry === undefined || kept.has(path) || !wanted(path)) return;
      kept.add(path);
      lines.push([path, entry]);
    });
    for (const [path, entry] of this.changed) if (!kept.has(path)) lines.push([path, entry]);
    return lines;
  }

  /** The base entry of `path` (the one at the cursor, nearly always), moving the cursor past it. */
  private fromBase(base: Line[], path: string): IndexEntry | undefined {
    let at = this.cursor;
    if (base[at]?.[0] !== path) {
      this.positions ??= new Map(base.map(([p], i) => [p, i]));
      const found = this.positions.get(path);
      if (found === undefined) return undefined;
      at = found;
    }
    this.cursor = at + 1;
    return base[at][1];
  }

  /** Reads the base and the delta (a damaged one is no entries). */
  private load(): Line[] {
    for (const [path, entry] of lines(this.store.get(this.deltaKey))) this.delta.set(path, entry);
    return lines(this.store.get(this.baseKey));
  }
}

/** `stored` when it is a list of [path, entry] pairs, else none (written by something else). */
function lines(stored: unknown): Line[] {
  if (!Array.isArray(stored)) return [];
  return stored.every((line) => Array.isArray(line) && typeof line[0] === 'string' && typeof line[1] === 'object' && line[1] !== null) ? (stored as Line[]) : [];
}
