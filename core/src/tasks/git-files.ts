import type * as ChildProcess from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';

/**
 * `execFileSync` of git, with child_process loaded on first use: a plain lint runs no git, and
 * loading that module costs its start-up several milliseconds.
 */
function execGit(args: string[], options: ChildProcess.ExecFileSyncOptions): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:child_process') as typeof ChildProcess).execFileSync('git', args, options) as Buffer;
}

/** Output of one git command; git errors become one-line usage errors that say what to do. */
function git(cwd: string, args: string[], what: string): Buffer {
  try {
    return execGit(args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT') throw new StrataError('usage', `${what} needs git, which is not installed or not on PATH`);
    const reason = err.stderr?.toString('utf8').trim().split('\n')[0] ?? err.message;
    throw new StrataError('usage', `${what}: git failed: ${reason}`);
  }
}

/** NUL-separated paths (`-z`), so that spaces and non-ASCII names come through unquoted. */
function paths(out: Buffer): string[] {
  return out.toString('utf8').split('\0').filter((p) => p !== '');
}

/**
 * The work tree root of the git repository holding `cwd`, found by looking for `.git` (a folder,
 * or a file in worktrees and submodules) without running git; undefined outside a repository.
 */
export function findGitRoot(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    if (statSync(path.join(dir, '.git'), { throwIfNoEntry: false })) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The repository root for `--staged` / `--changed-since`; a clear usage error outside one. */
export function requireGitRoot(cwd: string, what: string): string {
  const root = findGitRoot(cwd);
  if (root === undefined) throw new StrataError('usage', `${what} needs a git repository, and '${cwd}' is not inside one; name the files to lint instead`);
  return root;
}

/** Repository-relative paths of files added, copied, modified or renamed in the index (not deleted). */
export function stagedFiles(root: string): string[] {
  return paths(git(root, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR'], '--staged'));
}

/** Repository-relative paths whose work-tree text differs from the index (unstaged edits). */
export function unstagedFiles(root: string): string[] {
  return paths(git(root, ['diff', '--name-only', '-z'], '--staged'));
}

/**
 * Files changed since the merge-base of `ref` and HEAD: committed since, modified in the index
 * or the work tree, and untracked files git does not ignore (all repository-relative, deletions left out).
 */
export function changedSince(root: string, ref: string): string[] {
  const what = `--changed-since ${ref}`;
  if (ref.startsWith('-')) throw new StrataError('usage', `${what}: expected a branch, tag or commit, not an option`);
  let base: string;
  try {
    base = git(root, ['merge-base', ref, 'HEAD'], what).toString('utf8').trim();
  } catch (e) {
    throw new StrataError('usage', `${what}: '${ref}' is not a branch, tag or commit with history shared with HEAD (${(e as Error).message.replace(`${what}: `, '')})`);
  }
  const changed = paths(git(root, ['diff', '--name-only', '-z', '--diff-filter=ACMR', base], what));
  const untracked = paths(git(root, ['ls-files', '--others', '--exclude-standard', '-z'], what));
  return [...new Set([...changed, ...untracked])].sort();
}

/**
 * The bytes of `files` (repository-relative) as staged in the index, read by one `git cat-file
 * --batch` rather than a process per file (pre-commit runs must stay fast).
 */
export function indexContents(root: string, files: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (files.length === 0) return out;
  let stdout: Buffer;
  try {
    stdout = execGit(['cat-file', '--batch'], { cwd: root, input: files.map((f) => `:${f}\n`).join(''), stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  } catch (e) {
    throw new StrataError('usage', `--staged: git cannot read the index: ${(e as Error).message.split('\n')[0]}`);
  }
  // Each answer is `<sha> blob <size>\n<content>\n`, or `<name> missing\n`.
  let at = 0;
  for (const file of files) {
    const eol = stdout.indexOf(10, at);
    const header = stdout.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) continue;
    out.set(file, stdout.subarray(at, at + Number(size)));
    at += Number(size) + 1;
  }
  return out;
}
