import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../package-root';

let cached: string | undefined;

/**
 * The version of `@strata/core` (from its package.json), part of every cache key so an upgrade
 * never reuses results computed by older code. In a development build the time of the last
 * compile is appended (`0.1.0+build.<ms>`, from the TypeScript build info next to the compiled
 * code), so a rebuilt rule or analysis never meets results of the code before it. Read once per process.
 */
export function toolVersion(): string {
  cached ??= `${readVersion()}${buildStamp()}`;
  return cached;
}

function buildStamp(): string {
  // The build info of core's compile (absent from a package).
  const info = fs.statSync(path.join(packageRoot(), 'dist', 'tsconfig.tsbuildinfo'), { throwIfNoEntry: false });
  return info ? `+build.${Math.floor(info.mtimeMs)}` : '';
}

function readVersion(): string {
  const file = path.join(packageRoot(), 'package.json');
  try {
    const version: unknown = (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
