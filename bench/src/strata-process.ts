import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (this file is compiled to bench/dist/src/). */
const REPO = path.resolve(__dirname, '..', '..', '..');
/** The CLI entry point of this repository. */
const CLI = path.join(REPO, 'cli', 'bin', 'run.js');

/** Whether the built CLI has `command` (the lint command may not be built yet). */
export function cliHas(command: string): boolean {
  return fs.existsSync(path.join(REPO, 'cli', 'dist', 'src', 'commands', `${command}.js`));
}

/** A finished process: wall milliseconds from spawn to exit, its exit code and output. */
export interface ProcessRun {
  ms: number;
  /** CPU time (user + system) of the process and its children, when the OS tells (Linux); -1 otherwise. */
  cpuMs: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment strata's processes run in: this one without `NODE_EXTRA_CA_CERTS`. When it is
 * set, Node reads and parses that certificate bundle as it starts, before any code of ours runs
 * (~90 ms a process when it names the system bundle, as on the machine these figures come from),
 * for TLS connections the measured commands never make. `nodeStartup` measures what it costs.
 */
export const STRATA_ENV: NodeJS.ProcessEnv = withoutExtraCerts(process.env);

function withoutExtraCerts(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.NODE_EXTRA_CA_CERTS;
  return copy;
}

/** Runs `command` with `args` to completion and times it (wall clock, start-up included). */
export function timedProcess(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ProcessRun {
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: 'utf8', cwd: options.cwd, env: options.env, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) throw r.error;
  const cpuAfter = childrenCpuMs();
  const cpuMs = cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore;
  return { ms, cpuMs, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * CPU milliseconds of this process's waited-for children (`cutime + cstime` of /proc/self/stat, in
 * 10 ms ticks): on a busy machine wall time says how long a user waits, CPU time what a run costs.
 */
function childrenCpuMs(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return -1;
  }
}

/**
 * `strata <command> <args>` in a fresh process, as a user runs it (oclif start-up included); exit
 * codes 0 and 1 (problems found) are runs, anything else is an error.
 */
export function strataRun(args: readonly string[], cwd?: string, env: NodeJS.ProcessEnv = STRATA_ENV): ProcessRun {
  const run = timedProcess(process.execPath, [CLI, ...args], { cwd, env });
  // Exit 1 with nothing on stdout is a crash (Node's own exit code), not "problems found".
  if (run.status !== 0 && (run.status !== 1 || run.stdout.trim() === '')) {
    throw new Error(`strata ${args.join(' ')} exited ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
  }
  return run;
}

/**
 * A core task (`lint`) in a fresh Node process that loads only @strata/core: the stand-in for a
 * CLI command that is not built, start-up of Node and core included, oclif's excluded.
 */
export function coreTaskRun(task: 'lint' | 'check', options: Record<string, unknown>): ProcessRun {
  const script = `require(${JSON.stringify(require.resolve('@strata/core'))}).${task}(${JSON.stringify(options)})
    .then((r)=>process.stdout.write(JSON.stringify({files:r.files.length ?? r.files})))`;
  const run = timedProcess(process.execPath, ['-e', script], { env: STRATA_ENV });
  if (run.status !== 0) throw new Error(`${task} failed: ${run.stderr.split('\n')[0]}`);
  return run;
}

/**
 * `node -e 0`, the floor under every row that starts a process: in {@link STRATA_ENV}, and in this
 * process's environment when that sets `NODE_EXTRA_CA_CERTS` (the median of `iterations` runs each).
 */
export function nodeStartup(iterations: number): { what: string; run: ProcessRun }[] {
  const median = (env: NodeJS.ProcessEnv) => {
    const runs = Array.from({ length: iterations }, () => timedProcess(process.execPath, ['-e', '0'], { env })).sort((a, b) => a.ms - b.ms);
    return runs[Math.floor((runs.length - 1) / 2)];
  };
  const rows = [{ what: 'node -e 0: Node\'s own start-up, for reference', run: median(STRATA_ENV) }];
  if (process.env.NODE_EXTRA_CA_CERTS) rows.push({ what: 'node -e 0 with this machine\'s NODE_EXTRA_CA_CERTS', run: median(process.env) });
  return rows;
}
