import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/**
 * The version of `@strata/core` (from its package.json), part of every cache key so an upgrade
 * never reuses results computed by older code. Read once per process.
 */
export function toolVersion(): string {
  cached ??= readVersion();
  return cached;
}

function readVersion(): string {
  // Compiled to core/dist/src/cache/, so the package root is three folders up.
  const file = path.resolve(__dirname, '..', '..', '..', 'package.json');
  try {
    const version: unknown = (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
