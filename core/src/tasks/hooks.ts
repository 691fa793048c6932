import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';
import { findProjectRoot } from '../project';
import { blockProject, hasBlock, hookBlock, hookFile, withBlock, withoutBlock } from './hook-script';
import { findHookTarget, HookManager, HookTarget } from './hook-target';

export type { HookManager } from './hook-target';

/** Suffix of a foreign pre-commit hook that `--force` keeps and runs before strata's. */
export const CHAINED_SUFFIX = '.before-strata';

/** What the pre-commit hook runs, before `--project`. */
const HOOK_ARGS = ['lint', '--staged'];

export interface HooksOptions {
  /** Where the command runs: any folder inside the repository. */
  cwd: string;
  /** Replace a foreign hook, keeping it as `pre-commit.before-strata` and running it first. */
  force?: boolean;
  /** Absolute paths of node and of the CLI entry point, written into the hook as a last resort. */
  node: string;
  cli: string;
}

export type InstallAction = 'created' | 'updated' | 'unchanged' | 'appended' | 'chained';
export type UninstallAction = 'removed' | 'restored' | 'block-removed' | 'not-installed';

export interface HooksResult<A> {
  action: A;
  /** The hook file, relative to the top of the work tree, `/`-separated. */
  hook: string;
  manager: HookManager;
  /** The command line the hook runs, e.g. `strata lint --staged --project warehouse`. */
  command: string;
}

/**
 * Installs strata's git pre-commit hook (`strata lint --staged`) in the repository that holds
 * `cwd`. Idempotent: a hook holding strata's block gets the block rewritten in place. Husky's
 * user hooks are lists of commands, so the block is appended to them; any other existing hook is
 * left alone unless `force`, which keeps it and runs it first.
 */
export function installHooks(options: HooksOptions): HooksResult<InstallAction> {
  const target = findHookTarget(options.cwd);
  const existing = readIfExists(target.file);
  const args = hookArgs(options.cwd, target.top, existing);
  const result = (action: InstallAction) => describe(target, action, args);
  const block = hookBlock({ node: options.node, cli: options.cli, args, chained: chainedName(target) });
  if (existing === undefined) {
    write(target.file, hookFile(block));
    return result('created');
  }
  if (hasBlock(existing) || target.manager === 'husky') {
    const next = withBlock(existing, block);
    if (next !== existing) write(target.file, next);
    else chmodSync(target.file, 0o755);
    return result(next === existing ? 'unchanged' : hasBlock(existing) ? 'updated' : 'appended');
  }
  if (!options.force) throw foreignHook(target, existing);
  const chained = target.file + CHAINED_SUFFIX;
  if (existsSync(chained)) throw new StrataError('usage', `${relative(target, chained)} already exists: remove or rename it, then run strata hooks install --force again`);
  renameSync(target.file, chained);
  write(target.file, hookFile(hookBlock({ node: options.node, cli: options.cli, args, chained: path.basename(chained) })));
  return result('chained');
}

/** Removes strata's block; deletes a hook file that held nothing else and restores a chained one. */
export function uninstallHooks(options: Pick<HooksOptions, 'cwd'>): HooksResult<UninstallAction> {
  const target = findHookTarget(options.cwd);
  const existing = readIfExists(target.file);
  const args = hookArgs(options.cwd, target.top, existing);
  if (existing === undefined || !hasBlock(existing)) return describe(target, 'not-installed', args);
  const rest = withoutBlock(existing);
  if (rest !== undefined) {
    write(target.file, rest);
    return describe(target, 'block-removed', args);
  }
  const chained = target.file + CHAINED_SUFFIX;
  if (existsSync(chained)) {
    renameSync(chained, target.file);
    return describe(target, 'restored', args);
  }
  rmSync(target.file);
  return describe(target, 'removed', args);
}

/**
 * `lint --staged`, plus `--project` when strata.yaml lives below the top, where git runs hooks.
 * Run where no strata.yaml is found (the top of a repository whose project is in a sub-folder),
 * the folder an installed block passes is kept.
 */
function hookArgs(cwd: string, top: string, existing: string | undefined): string[] {
  const project = findProjectRoot(cwd);
  const inside = project === undefined ? undefined : path.relative(top, project);
  const folder = inside === undefined || inside.startsWith('..') || path.isAbsolute(inside)
    ? (existing === undefined ? undefined : blockProject(existing))
    : inside.split(path.sep).join('/');
  return folder ? [...HOOK_ARGS, '--project', folder] : HOOK_ARGS;
}

/** The chained foreign hook's file name when one was kept by an earlier `--force`. */
function chainedName(target: HookTarget): string | undefined {
  const chained = target.file + CHAINED_SUFFIX;
  return existsSync(chained) ? path.basename(chained) : undefined;
}

/** One line: what the hook is, and the two ways forward. */
function foreignHook(target: HookTarget, text: string): StrataError {
  const hook = relative(target, target.file);
  const owner = /pre-commit\.com|generated by pre-commit/i.test(text)
    ? `is pre-commit's hook: add the strata-lint hook to .pre-commit-config.yaml instead`
    : 'is another tool\'s hook: add `strata lint --staged` to it yourself';
  return new StrataError('usage', `${hook} ${owner}, or run strata hooks install --force to keep it as ${path.basename(target.file)}${CHAINED_SUFFIX} and run it before strata`);
}

function describe<A>(target: HookTarget, action: A, args: string[]): HooksResult<A> {
  return { action, hook: relative(target, target.file), manager: target.manager, command: ['strata', ...args].join(' ') };
}

/** `file` relative to the work tree's top, or absolute when outside it (a global core.hooksPath). */
function relative(target: HookTarget, file: string): string {
  const inside = path.relative(target.top, file);
  return inside.startsWith('..') ? file : inside.split(path.sep).join('/');
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Writes the hook executable (git skips hooks without the x bit); creates its folder when missing. */
function write(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    chmodSync(file, 0o755);
  } catch (err) {
    throw new StrataError('io', `cannot write ${file}: ${(err as Error).message}`);
  }
}
