import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Dialect, SyntaxError } from './ast';

/** The disk cache folder, relative to a project root. */
export const ORACLE_CACHE_FOLDER = path.join('.strata', 'cache', 'oracle');

/** Bumped when the cached shape or the error mapping changes, so stale entries are ignored. */
const CACHE_VERSION = 1;
/** Bounds memory in long-lived processes (the language server); old entries are evicted first. */
const MEMORY_LIMIT = 20_000;

const memory = new Map<string, SyntaxError[]>();

/** Content key of one statement: sha1 of the cache version, the dialect and the statement text. */
export function oracleCacheKey(dialect: Dialect, statement: string): string {
  return createHash('sha1').update(`${CACHE_VERSION}\0${dialect}\0${statement}`).digest('hex');
}

function diskPath(cacheDir: string, key: string): string {
  return path.join(cacheDir, key.slice(0, 2), `${key}.json`);
}

function readDisk(cacheDir: string, key: string): SyntaxError[] | undefined {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(diskPath(cacheDir, key), 'utf8'));
    return Array.isArray(parsed) ? (parsed as SyntaxError[]) : undefined;
  } catch {
    // A missing or corrupt entry is a cache miss: the statement is validated again.
    return undefined;
  }
}

function writeDisk(cacheDir: string, key: string, errors: SyntaxError[]): void {
  const file = diskPath(cacheDir, key);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a concurrent reader never sees a half-written entry.
    fs.writeFileSync(temp, JSON.stringify(errors));
    fs.renameSync(temp, file);
  } catch {
    // The disk cache only saves time; a read-only or full disk must not fail validation.
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Looks up the errors of one statement (offsets relative to the statement start), first in
 * memory, then under `cacheDir` when given.
 */
export function cachedErrors(key: string, cacheDir?: string): SyntaxError[] | undefined {
  const hit = memory.get(key);
  if (hit) return hit;
  const fromDisk = cacheDir === undefined ? undefined : readDisk(cacheDir, key);
  if (fromDisk) remember(key, fromDisk);
  return fromDisk;
}

/** Stores the errors of one statement in memory and, when `cacheDir` is given, on disk. */
export function storeErrors(key: string, errors: SyntaxError[], cacheDir?: string): void {
  remember(key, errors);
  if (cacheDir !== undefined) writeDisk(cacheDir, key, errors);
}

function remember(key: string, errors: SyntaxError[]): void {
  if (memory.size >= MEMORY_LIMIT) {
    const oldest = memory.keys().next().value;
    if (oldest !== undefined) memory.delete(oldest);
  }
  memory.set(key, errors);
}

/** Empties the in-memory cache (tests and benchmarks that must measure cold runs). */
export function clearOracleMemoryCache(): void {
  memory.clear();
}
