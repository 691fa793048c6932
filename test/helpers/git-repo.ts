import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './run-cli';

/**
 * True once `strata lint` is built. Until the lint command is merged, the hook tests run
 * `strata check` in its place (same `file:line:col  error  message` lines, and it fails on the same
 * syntax error); once it is, they exercise `strata lint` as the hooks declare it, with no edit.
 */
export const lintBuilt = fs.existsSync(path.join(repoRoot, 'cli', 'dist', 'src', 'commands', 'lint.js'));

/**
 * The environment of git and of the hooks it runs: no user or system git config (a developer's
 * core.hooksPath or templates must not leak in), a fixed identity, and no `npm_*` variables that
 * `npm test` exports (npm_config_local_prefix would point npm, run by pre-commit, at this repo).
 */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_|^INIT_CWD$/i.test(key)) env[key] = value;
  return {
    ...env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Strata Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Strata Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    NO_COLOR: '1',
    ...extra,
  };
}

/** Runs git in `cwd`; throws on failure unless `allowFailure`. */
export function git(cwd: string, args: string[], allowFailure = false): SpawnSyncReturns<string> {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: gitEnv() });
  if (!allowFailure && r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r;
}

/** `git init` with everything in `dir` committed (hooks skipped), on branch main. */
export function initRepo(dir: string): void {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--no-verify', '-m', 'initial']);
}

/** `git commit -m msg` as a user runs it: hooks on. Output is stdout and stderr together. */
export function commit(cwd: string, message: string, env: Record<string, string> = {}): { status: number; output: string } {
  const r = spawnSync('git', ['commit', '-m', message], { cwd, encoding: 'utf8', env: gitEnv(env) });
  return { status: r.status ?? -1, output: r.stdout + r.stderr };
}

/** The commit subject at HEAD. */
export function headSubject(cwd: string): string {
  return git(cwd, ['log', '-1', '--format=%s']).stdout.trim();
}

/**
 * A syntax error in a job of examples/live: strata reports it (check and lint alike) at
 * `jobs/ads_live_anchor_income_1d.sql:14:22` as `error`. Returns the file's project path.
 */
export function breakJob(project: string): string {
  const job = 'jobs/ads_live_anchor_income_1d.sql';
  const file = path.join(project, job);
  const text = fs.readFileSync(file, 'utf8');
  const broken = text.replace(/^ {2}GROUP BY anchor_id$/m, '  GROUP BY anchor_id anchor_id');
  if (broken === text) throw new Error(`${job} changed: update breakJob()`);
  fs.writeFileSync(file, broken);
  return job;
}

/** The line strata prints for the error breakJob() makes, with an optional folder before the path. */
export function brokenJobLine(folder = ''): RegExp {
  return new RegExp(`^${folder.replace(/[/.]/g, '\\$&')}jobs/ads_live_anchor_income_1d\\.sql:14:22  error  `, 'm');
}
