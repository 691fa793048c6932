import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { StrataError } from '../errors';

/**
 * Replaces a file's content: writes a temp file beside it (same folder, so the rename stays on
 * one file system), keeps the original's permissions, then renames it into place, so a crash or
 * a full disk never leaves a half-written file. Failures are one-line `io` errors naming `shown`.
 */
export function writeFileAtomic(absolute: string, text: string, shown: string): void {
  const temp = `${absolute}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const mode = fs.statSync(absolute, { throwIfNoEntry: false })?.mode;
    fs.writeFileSync(temp, text, mode === undefined ? {} : { mode: mode & 0o7777 });
    fs.renameSync(temp, absolute);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new StrataError('io', `cannot write '${shown}': ${(e as Error).message}`);
  }
}
