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

/** Runs `command` with `args` to completion and times it (wall clock, start-up included). */
export function timedProcess(command: string, args: readonly string[], options: { cwd?: string } = {}): ProcessRun {
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: 'utf8', cwd: options.cwd, maxBuffer: 1 << 30 });
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
export function strataRun(args: readonly string[], cwd?: string): ProcessRun {
  const run = timedProcess(process.execPath, [CLI, ...args], { cwd });
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
  const run = timedProcess(process.execPath, ['-e', script]);
  if (run.status !== 0) throw new Error(`${task} failed: ${run.stderr.split('\n')[0]}`);
  return run;
}
