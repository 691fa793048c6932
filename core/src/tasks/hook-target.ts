import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';

/** Who runs the repository's git hooks, which decides the file strata's block goes into. */
export type HookManager = 'git' | 'husky' | 'hooks-path';

/** The pre-commit hook file of the repository that holds `cwd`. */
export interface HookTarget {
  /** Top folder of the work tree: where git runs hooks. */
  top: string;
  /** Absolute path of the pre-commit file to write. */
  file: string;
  manager: HookManager;
}

/**
 * Finds the pre-commit file: `.git/hooks/pre-commit` (the common one in a linked worktree), the
 * folder `core.hooksPath` names, or husky's user hook `.husky/pre-commit`. Husky 9 points
 * core.hooksPath at `.husky/_`, whose files it regenerates, and runs `.husky/<hook>` from there;
 * a `.husky/` folder without core.hooksPath is a clone where husky is not installed yet (its
 * `prepare` script will set core.hooksPath), so `.git/hooks` would be ignored soon after.
 */
export function findHookTarget(cwd: string): HookTarget {
  const [top, hooksDir] = git(cwd, ['rev-parse', '--show-toplevel', '--git-path', 'hooks']).split('\n');
  const hooksPath = git(cwd, ['config', '--get', 'core.hooksPath'], true);
  const husky = path.join(top, '.husky');
  const resolved = path.resolve(cwd, hooksDir);
  if (isHuskyDir(resolved, husky) || (hooksPath === '' && isDirectory(husky))) {
    return { top, file: path.join(husky, 'pre-commit'), manager: 'husky' };
  }
  return { top, file: path.join(resolved, 'pre-commit'), manager: hooksPath === '' ? 'git' : 'hooks-path' };
}

/** `.husky` itself (husky 5-8) or `.husky/_` (husky 9). */
function isHuskyDir(dir: string, husky: string): boolean {
  return dir === husky || (path.basename(dir) === '_' && path.dirname(dir) === husky);
}

function isDirectory(dir: string): boolean {
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Runs git in `cwd`; its output without the final newline. `optional`: a failure is ''. */
function git(cwd: string, args: string[], optional = false): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).replace(/\n$/, '');
  } catch (err) {
    if (optional) return '';
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new StrataError('usage', 'git is not installed or not on PATH; install git to use strata hooks');
    throw new StrataError('usage', `not inside a git repository: ${cwd}; run this in your repository (or \`git init\` first)`);
  }
}
