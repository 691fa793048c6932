import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { ShardedPack } from './sharded-pack';

/**
 * What the memo remembers of one file: `<stat signature> <hash>`, the signature being size, mtime
 * and inode. One string, not an object: a warm run decodes 16,000 of them.
 */
type Memo = string;

function signature(stat: fs.Stats): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
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
 * Content hashes of project files, memoized by stat signature (size, mtime, inode) in the
 * `hashes` pack (`.strata/cache/packs/`), so a warm run stats files instead of reading and
 * hashing them, and rewrites only the shards of files that changed. A file whose signature
 * changed, or that is too fresh to trust its mtime, is read and hashed.
 */
export class FileHashes {
  private readonly memo: ShardedPack<Memo>;
  /** This run's answers: a file is stat-ed (and maybe read) once per run. */
  private readonly done = new Map<string, HashedFile | undefined>();

  constructor(root: string, options: { toolVersion?: string } = {}) {
    this.memo = new ShardedPack(root, 'hashes', options);
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
    const known = this.memo.get(relative);
    const signed = signature(stat);
    // Anything but `<signature> <hash>` (an older layout, damage) is a miss.
    if (typeof known === 'string' && known.length === signed.length + 41 && known.startsWith(signed) && known[signed.length] === ' ') return { hash: known.slice(signed.length + 1) };
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(absolute);
    } catch {
      return undefined;
    }
    const hash = hashBytes(bytes);
    if (Date.now() - stat.mtimeMs > RACY_MS) this.memo.set(relative, `${signed} ${hash}`);
    return { hash, bytes };
  }

  /** Writes the shards that changed, keeping only the files hashed by this run (so deleted files drop out). */
  save(): void {
    this.memo.save();
  }
}
