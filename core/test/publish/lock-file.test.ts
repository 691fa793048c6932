import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StrataError } from '../../src/errors';
import { acquireLockFile, waitForLockFile, type LockOwner } from '../../src/publish';

const me = (since: string): LockOwner => ({ user: 'ana', host: os.hostname(), pid: process.pid, since, command: 'strata publish' });

/** A pid that ran on this host and has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('target lock file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-lock-'));
    file = path.join(dir, 'local.duckdb.lock');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is taken with its owner written, refused to a second taker with who holds it, and released', async () => {
    const lock = acquireLockFile(file, 'local', me('2026-11-30T10:00:00.000Z'), '.strata/local.duckdb.lock');
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), me('2026-11-30T10:00:00.000Z'));
    assert.throws(() => acquireLockFile(file, 'local', me('2026-11-30T10:00:05.000Z'), '.strata/local.duckdb.lock'), (e: unknown) => e instanceof StrataError && e.code === 'config'
      && e.message === `target 'local' is locked by ana@${os.hostname()} (pid ${process.pid}, strata publish) since 2026-11-30T10:00:00.000Z; wait for it to finish (--wait), or remove a stale lock with: rm '.strata/local.duckdb.lock'`);
    await lock.release();
    assert.equal(fs.existsSync(file), false);
    assert.deepEqual(fs.readdirSync(dir), [], 'no temp file left');
  });

  it('takes over a lock whose process died on this host', async () => {
    fs.writeFileSync(file, JSON.stringify({ ...me('2026-11-30T09:00:00.000Z'), pid: deadPid() }));
    const lock = acquireLockFile(file, 'local', me('2026-11-30T10:00:00.000Z'));
    assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).since, '2026-11-30T10:00:00.000Z');
    await lock.release();
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('never judges a lock of another host stale', () => {
    fs.writeFileSync(file, JSON.stringify({ ...me('2026-11-30T09:00:00.000Z'), host: 'elsewhere', pid: deadPid() }));
    assert.throws(() => acquireLockFile(file, 'local', me('2026-11-30T10:00:00.000Z')), /is locked by ana@elsewhere/);
  });

  it('waits for the holder to release it', async () => {
    const first = acquireLockFile(file, 'local', me('2026-11-30T10:00:00.000Z'));
    const order: string[] = [];
    const second = waitForLockFile(file, 'local', me('2026-11-30T10:00:01.000Z'), file, 20).then((l) => {
      order.push('second has it');
      return l;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    order.push('first releases');
    await first.release();
    await (await second).release();
    assert.deepEqual(order, ['first releases', 'second has it']);
  });

  it('refuses a lock file that is not strata\'s', () => {
    fs.writeFileSync(file, 'not json');
    assert.throws(() => acquireLockFile(file, 'local', me('x')), (e: unknown) => e instanceof StrataError && e.message === `lock file '${file}' is not strata's (it does not hold a lock owner); remove it if no publish is running`);
  });
});
