import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { StrataError } from '../errors';
import type { LockOwner, StateLock } from './state';

/**
 * Takes the lock file at `file` for `target`, exclusively: the owner is written to a temp file
 * and hard-linked into place, so the lock appears complete or not at all. A lock left by a process
 * that died on this host is taken over; any other throws "target 'T' is locked by ...".
 */
export function acquireLockFile(file: string, target: string, owner: LockOwner, shown = file): StateLock {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(owner)}\n`);
  try {
    for (;;) {
      if (tryLink(temp, file)) return { release: async () => releaseIfOurs(file, owner) };
      const held = readOwner(file);
      if (held === undefined) continue; // released between our link and our read: try again
      if (!isStale(held)) throw lockedError(target, held, shown);
      takeOverStale(file, held);
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** `acquireLockFile`, retried every `pollMs` while someone else holds the lock. */
export async function waitForLockFile(file: string, target: string, owner: LockOwner, shown = file, pollMs = 200): Promise<StateLock> {
  for (;;) {
    try {
      return acquireLockFile(file, target, owner, shown);
    } catch (e) {
      if (!(e instanceof StrataError) || !e.message.includes(' is locked by ')) throw e;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}

/** The owner of this process, for the lock and the journal. */
export function currentOwner(command: string): LockOwner {
  return { user: os.userInfo().username, host: os.hostname(), pid: process.pid, since: new Date().toISOString(), command };
}

function tryLink(temp: string, file: string): boolean {
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StrataError('io', `cannot create the lock file '${file}': ${(e as Error).message}`);
  }
}

function readOwner(file: string): LockOwner | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as LockOwner;
  } catch {
    throw new StrataError('config', `lock file '${file}' is not strata's (it does not hold a lock owner); remove it if no publish is running`);
  }
}

/** A lock whose process no longer runs on this host; one on another host is never judged stale. */
function isStale(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Moves the stale lock aside (only one of several takers can rename it) and checks that what was
 * moved is the stale lock read before; a fresh lock moved by mistake is linked back.
 */
function takeOverStale(file: string, stale: LockOwner): void {
  const aside = `${file}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = readOwner(aside);
  if (moved && (moved.pid !== stale.pid || moved.since !== stale.since)) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // Taken again meanwhile by a third process: that one holds the lock now.
    }
  }
  fs.rmSync(aside, { force: true });
}

function releaseIfOurs(file: string, owner: LockOwner): void {
  const held = readOwner(file);
  if (held && held.pid === owner.pid && held.since === owner.since) fs.rmSync(file, { force: true });
}

function lockedError(target: string, held: LockOwner, file: string): StrataError {
  return new StrataError(
    'config',
    `target '${target}' is locked by ${held.user}@${held.host} (pid ${held.pid}, ${held.command}) since ${held.since}; wait for it to finish (--wait), or remove a stale lock with: rm '${file}'`,
  );
}
