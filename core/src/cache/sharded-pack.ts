import { DiskCache, type DiskCacheOptions } from './disk-cache';

/**
 * How many shards a pack spreads its entries over by default: enough that a run which changed a
 * few files rewrites a few small shards, few enough to read fast.
 */
const SHARDS = 64;

/** Options of a {@link ShardedPack}. */
export interface ShardedPackOptions extends DiskCacheOptions {
  /**
   * Shard count (default 64). Packs read only in part (full file records, ~1.5 KB each) use more,
   * so that loading a few entries, or rewriting the shard of an edited file, decodes less.
   */
  shards?: number;
}

/**
 * One shard as loaded, and this run's entries of it. `used` is a Map: adding thousands of keys
 * one by one to a plain object walks it through as many hidden classes, which a warm run paid for.
 */
interface Shard<T> {
  stored: Record<string, T>;
  used: Map<string, T>;
  dirty: boolean;
}

/**
 * Many small entries (one per project file) stored as a few large ones: reading 64 files beats
 * reading 16,000, and a run that changed one file rewrites one or two shards, not everything.
 * Each shard is a {@link DiskCache} entry, so it is written atomically and a damaged shard is
 * just missing entries. Entries must be self-validating (content-keyed, or checked by the reader):
 * two processes may leave shards written by either of them side by side.
 *
 * A shard is loaded on first access; `save()` rewrites the shards that got new entries or held
 * entries this run did not use (deleted or edited files), keeping only the used ones.
 */
export class ShardedPack<T> {
  private readonly store: DiskCache<Record<string, T>>;
  private readonly shards = new Map<number, Shard<T>>();

  private readonly count: number;

  constructor(root: string, private readonly name: string, options: ShardedPackOptions = {}) {
    // Shards are replaced, never pruned by age: no need to refresh their time on every read.
    this.store = new DiskCache(root, 'packs', { toolVersion: options.toolVersion, touch: false });
    this.count = options.shards ?? SHARDS;
  }

  /** The entry stored under `key` (which then counts as used), or undefined. */
  get(key: string): T | undefined {
    const shard = this.shard(key);
    const value = shard.stored[key];
    if (value !== undefined) shard.used.set(key, value);
    return value;
  }

  /** Stores `value` under `key` (written by `save()`). */
  set(key: string, value: T): void {
    const shard = this.shard(key);
    shard.used.set(key, value);
    shard.dirty = true;
  }

  /**
   * Writes the shards that changed. `prune`: also drop entries this run did not use; a function
   * instead keeps the unused entries it accepts, and rewrites only shards that got new entries.
   */
  save(prune: boolean | ((key: string) => boolean) = true): void {
    for (const [index, shard] of this.shards) {
      if (typeof prune === 'function') {
        if (!shard.dirty) continue;
        const kept = Object.fromEntries(Object.entries(shard.stored).filter(([key]) => prune(key)));
        this.store.set(this.shardKey(index), { ...kept, ...Object.fromEntries(shard.used) });
        continue;
      }
      const stale = prune && shard.used.size !== Object.keys(shard.stored).length;
      if (!shard.dirty && !stale) continue;
      const used = Object.fromEntries(shard.used);
      this.store.set(this.shardKey(index), prune ? used : { ...shard.stored, ...used });
    }
  }

  private shard(key: string): Shard<T> {
    const index = shardOf(key, this.count);
    let shard = this.shards.get(index);
    if (!shard) {
      shard = { stored: this.store.get(this.shardKey(index)) ?? {}, used: new Map(), dirty: false };
      this.shards.set(index, shard);
    }
    return shard;
  }

  private shardKey(index: number): string {
    return this.store.key({ content: `${this.name}:${index}/${this.count}`, dialect: '' });
  }
}

/** A cheap, stable spread of keys (hex hashes or paths) over the shards. */
function shardOf(key: string, count: number): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
  return (h >>> 0) % count;
}
