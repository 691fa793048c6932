import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePorts } from './free-ports';

/** Debian's PostgreSQL 15 (package postgresql-15; scripts/install-test-packages.js installs it). Its binaries are not on PATH. */
const BIN = '/usr/lib/postgresql/15/bin';
/** PostgreSQL refuses to run as root: as root the server runs as this user, owning the temp dir. */
const UNPRIVILEGED = 'nobody';
const START_TIMEOUT_S = 60;
const DIR_PREFIX = 'strata-pg-';
/** The pid of the test process that started the server in a temp dir. */
const OWNER_FILE = 'owner.pid';

/** A running PostgreSQL server on loopback, with a password user and a database of its own. */
export interface PostgresServer {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** A port nothing listens on, for the unreachable-server tests. */
  closedPort: number;
  stop(): Promise<void>;
}

/** Why the server cannot run here (binaries missing), or undefined when it can. */
export function postgresUnavailable(): string | undefined {
  if (!fs.existsSync(path.join(BIN, 'initdb'))) return 'Debian package postgresql-15 missing (npm test installs it as root: scripts/install-test-packages.js)';
  if (isRoot() && !fs.existsSync('/usr/sbin/runuser')) return `runuser missing (postgres cannot run as root and the tests run it as '${UNPRIVILEGED}')`;
  return undefined;
}

/**
 * Initialises a database cluster in a temp dir (`initdb`, password auth over TCP), starts it on a
 * free loopback port with its unix socket inside the temp dir, and waits until it accepts
 * connections. `stop()` stops it (`pg_ctl stop -m immediate`) and removes the dir; a failure while
 * starting stops what did start.
 */
export async function startPostgres(): Promise<PostgresServer> {
  stopOrphans();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), DIR_PREFIX));
  const data = path.join(dir, 'data');
  const user = 'strata';
  const password = randomBytes(12).toString('hex');
  let started = false;
  const stop = async (): Promise<void> => {
    process.removeListener('exit', stopNow);
    if (started) pg('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
    started = false;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // Should the test run itself end without stop(), the server goes with it.
  const stopNow = (): void => void (started && pg('pg_ctl', ['stop', '-D', data, '-m', 'immediate']));
  process.once('exit', stopNow);
  try {
    fs.writeFileSync(path.join(dir, 'pwfile'), `${password}\n`);
    fs.writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
    if (isRoot()) {
      fs.chmodSync(dir, 0o700);
      spawnSync('chown', ['-R', `${UNPRIVILEGED}:`, dir]);
    }
    check(pg('initdb', ['-D', data, '-U', user, `--pwfile=${path.join(dir, 'pwfile')}`, '--auth-local=trust', '--auth-host=scram-sha-256', '--encoding=UTF8', '--locale=C']), 'initdb');
    const [port, closedPort] = await freePorts(2);
    const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c max_connections=40`;
    started = true;
    check(pg('pg_ctl', ['start', '-D', data, '-l', path.join(dir, 'server.log'), '-o', options, '-w', '-t', String(START_TIMEOUT_S)]), 'pg_ctl start', path.join(dir, 'server.log'));
    check(pg('createdb', ['-h', dir, '-p', String(port), '-U', user, 'strata_state']), 'createdb');
    return { host: '127.0.0.1', port, user, password, database: 'strata_state', closedPort, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * Stops the servers of test runs that were killed by a signal (no 'exit' handler runs then):
 * those whose temp dir names an owner process that no longer runs.
 */
function stopOrphans(): void {
  for (const name of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(DIR_PREFIX))) {
    const dir = path.join(os.tmpdir(), name);
    const owner = Number(readOr(path.join(dir, OWNER_FILE), ''));
    if (!Number.isInteger(owner) || owner <= 0 || alive(owner)) continue;
    if (fs.existsSync(path.join(dir, 'data', 'postmaster.pid'))) pg('pg_ctl', ['stop', '-D', path.join(dir, 'data'), '-m', 'immediate', '-w']);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

interface Ran { status: number | null; output: string }

/** Runs one of PostgreSQL's programs, as the unprivileged user when this is root. */
function pg(program: string, args: string[]): Ran {
  const command = path.join(BIN, program);
  const run = isRoot()
    ? spawnSync('runuser', ['-u', UNPRIVILEGED, '--', command, ...args], { encoding: 'utf8', cwd: '/' })
    : spawnSync(command, args, { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}` };
}

function check(ran: Ran, what: string, log?: string): void {
  if (ran.status === 0) return;
  const logged = log && fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
  throw new Error(`test postgres: ${what} failed (exit ${ran.status}): ${ran.output.trim()} ${logged.trim()}`);
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}
