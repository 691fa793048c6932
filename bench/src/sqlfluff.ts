import { spawnSync } from 'node:child_process';
import { timedProcess, type ProcessRun } from './strata-process';

/** SQLFluff's version, or why it cannot run. */
export type SqlfluffStatus = { version: string; problem?: undefined } | { version?: undefined; problem: string };

function version(): string | undefined {
  const r = spawnSync('sqlfluff', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().replace(/^sqlfluff, version /, '') : undefined;
}

/**
 * Debian's `sqlfluff`, installed with `apt-get install -y sqlfluff` when missing and running as
 * root; otherwise the reason it is not there, to print instead of a figure.
 */
export function ensureSqlfluff(): SqlfluffStatus {
  const found = version();
  if (found !== undefined) return { version: found };
  if (process.getuid?.() !== 0) return { problem: 'sqlfluff is not installed and this is not root; install it with `apt-get install -y sqlfluff` and run again' };
  const install = spawnSync('apt-get', ['install', '-y', 'sqlfluff'], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = version();
  if (installed !== undefined) return { version: installed };
  return { problem: `apt-get install -y sqlfluff failed (${(install.stderr || install.stdout).trim().split('\n').pop() ?? `exit ${install.status}`})` };
}

/**
 * `.sqlfluff` for the corpus: dialect sparksql, and the placeholder templater so `${date}` is a
 * value (as the scheduler renders it), not a templating error.
 */
export function sqlfluffConfig(): string {
  return ['[sqlfluff]', 'dialect = sparksql', 'templater = placeholder', '', '[sqlfluff:templater:placeholder]', 'param_style = dollar', 'date = 2026-01-01', ''].join('\n');
}

/** `sqlfluff lint` of `files` in `root`, one process, no progress bar; exit 1 (violations) is a run. */
export function runSqlfluff(root: string, files: string[]): ProcessRun {
  const run = timedProcess('sqlfluff', ['lint', '--dialect', 'sparksql', '--processes', '1', '--disable-progress-bar', ...files], { cwd: root });
  if (run.status !== 0 && run.status !== 1) throw new Error(`sqlfluff exited ${run.status}: ${run.stderr.trim().split('\n').pop()}`);
  return run;
}
