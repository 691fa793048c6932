import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, tempDir, type CliRun } from './run-cli';

const bin = path.join(repoRoot, 'cli', 'bin', 'run.js');

/** Writes `files` (relative path → text or bytes) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
}

export const STRATA_YAML = 'name: t\nversion: 1\ndialect: spark\nlayers:\n  - {name: dwd, database: dwd, prefix: dwd_}\n';

/** A clean table every fixture job can read. */
export const TABLE = "CREATE TABLE dwd.dwd_a_di (\n  id BIGINT COMMENT 'id'\n) COMMENT 'a';\n";

/** A throw-away project: strata.yaml, one table, plus `files`. */
export function tempProject(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const t = tempDir();
  // As in a real project, the analysis cache under .strata/ is git-ignored.
  writeFiles(t.dir, { '.gitignore': '.strata/\n', 'strata.yaml': STRATA_YAML, 'tables/dwd/dwd_a_di.sql': TABLE, ...files });
  return t;
}

/** Runs the built CLI in `cwd` with `input` on standard input (no TTY). */
export function strataWithInput(args: string[], cwd: string, input: string | Buffer): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

/** Runs git in `dir` (with an identity for commits); returns stdout. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
}

/** A git repository on branch main with everything in `dir` committed. */
export function gitInit(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'initial');
}

/** Exactly one line on stderr, nothing on stdout, exit 2: a usage or config error as users see it. */
export function assertUsageError(r: CliRun, message: RegExp): void {
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr.trim(), message);
}
