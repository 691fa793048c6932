import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { ShardedPack } from './sharded-pack';

/**
 * What the memo remembers of one file: `<stat signature> <hash>`, the signature being size, mtime
 * and inode. One string, not an object: a warm run decodes 16,000 of them.
 */
type Memo = string;

/** What a stat says of a file's content without reading it: size, mtime and inode. */
export function statSignature(stat: fs.Stats): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
}

/** A file's content hash, and its bytes when they had to be read to get it. */
export interface HashedFile {
  hash: string;
  /** Present when the file was read (memo miss); absent when the stat matched the memo. */
  bytes?: Buffer;
  /**
   * The stat signature taken before the file was read, when it vouches for `hash` (the file is
   * not too fresh to trust its mtime): other stores may memoize the hash under it too.
   */
  signature?: string;
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
  hash(absolute: string, relative: string, stat?: fs.Stats): HashedFile | undefined {
    if (this.done.has(relative)) return this.done.get(relative);
    const hashed = this.compute(absolute, relative, stat ?? statOf(absolute));
    this.done.set(relative, hashed);
    return hashed;
  }

  private compute(absolute: string, relative: string, stat: fs.Stats | undefined): HashedFile | undefined {
    if (stat === undefined) return undefined;
    const known = this.memo.get(relative);
    const signed = statSignature(stat);
    // Anything but `<signature> <hash>` (an older layout, damage) is a miss.
    if (typeof known === 'string' && known.length === signed.length + 41 && known.startsWith(signed) && known[signed.length] === ' ') return { hash: known.slice(signed.length + 1), signature: signed };
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(absolute);
    } catch {
      return undefined;
    }
    const hash = hashBytes(bytes);
    if (Date.now() - stat.mtimeMs <= RACY_MS) return { hash, bytes };
    this.memo.set(relative, `${signed} ${hash}`);
    return { hash, bytes, signature: signed };
  }

  /**
   * Writes the shards that changed. `prune` (default): keep only the files hashed by this run, so
   * deleted files drop out; false when this run knew some files' hashes from elsewhere (their
   * entries stay for the runs that need them).
   */
  save(prune = true): void {
    this.memo.save(prune);
  }
}

/** The stat of a file, or undefined when it cannot be stat-ed (the caller reads it itself and reports why). */
export function statOf(absolute: string): fs.Stats | undefined {
  try {
    // A missing file is no exception: a warm run stats 16,000 files, and building errors costs.
    return fs.statSync(absolute, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
