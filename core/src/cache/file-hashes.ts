import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { DiskCache } from './disk-cache';

/** What the memo remembers of one file: its stat signature and the hash of its bytes. */
interface Memo {
  size: number;
  mtimeMs: number;
  ino: number;
  hash: string;
}

/** A file's content hash, and its bytes when they had to be read to get it. */
export interface HashedFile {
  hash: string;
  /** Present when the file was read (memo miss); absent when the stat matched the memo. */
  bytes?: Buffer;
}

/**
 * A stat with an mtime this close to now may be followed by another write in the same clock tick
 * that leaves size and mtime unchanged (git's "racy clean" problem): such files are hashed but
 * not memoized, so the next run reads them again.
 */
const RACY_MS = 2000;

/** The sha1 of a file's bytes (a content key, not a security boundary). */
export function hashBytes(bytes: Buffer | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * Content hashes of project files, memoized by stat signature (size, mtime, inode) in one index
 * entry (`.strata/cache/index/`), so a warm run stats files instead of reading and hashing them.
 * A file whose signature changed, or that is too fresh to trust its mtime, is read and hashed.
 */
export class FileHashes {
  private readonly store: DiskCache<Record<string, Memo>>;
  private readonly key: string;
  private readonly memo: Record<string, Memo>;
  private readonly seen: Record<string, Memo> = {};
  /** This run's answers: a file is stat-ed (and maybe read) once per run. */
  private readonly done = new Map<string, HashedFile | undefined>();
  private changed = false;

  constructor(root: string, options: { toolVersion?: string } = {}) {
    this.store = new DiskCache(root, 'index', options);
    this.key = this.store.key({ content: 'file-hashes', dialect: '' });
    this.memo = this.store.get(this.key) ?? {};
  }

  /**
   * The hash of `absolute` (memoized under `relative`), or `undefined` when it cannot be read (the
   * caller reads it itself and reports why).
   */
  hash(absolute: string, relative: string): HashedFile | undefined {
    if (this.done.has(relative)) return this.done.get(relative);
    const hashed = this.compute(absolute, relative);
    this.done.set(relative, hashed);
    return hashed;
  }

  private compute(absolute: string, relative: string): HashedFile | undefined {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      return undefined;
    }
    const known = this.memo[relative];
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs && known.ino === stat.ino) {
      this.seen[relative] = known;
      return { hash: known.hash };
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(absolute);
    } catch {
      return undefined;
    }
    const hash = hashBytes(bytes);
    this.changed = true;
    if (Date.now() - stat.mtimeMs > RACY_MS) this.seen[relative] = { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, hash };
    return { hash, bytes };
  }

  /** Writes the memo back when it changed, keeping only the files hashed by this run (so deleted files drop out). */
  save(): void {
    if (this.changed || Object.keys(this.seen).length !== Object.keys(this.memo).length) this.store.set(this.key, this.seen);
  }
}
