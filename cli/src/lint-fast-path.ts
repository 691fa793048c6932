import { format } from 'node:util';
// Deep imports: the barrel would load (and the lint bundle would carry) every core module.
import { parseVarFlags } from '@strata/core/dist/src/project/var-flags';
import { runLint } from '@strata/core/dist/src/tasks/lint-run';
import { ExitCode } from './exit-codes';
import { printLintReport, tooManyWarnings, type LintPrinter } from './formatters/lint-output';
import type { PackageLinks } from './formatters/rule-docs';
import { plainLint } from './plain-lint';

/**
 * The command's spinner (`StrataCommand.withProgress`): on a terminal outside CI only, so oclif's
 * ux module loads only then.
 */
async function withSpinner<T>(work: () => Promise<T>): Promise<T> {
  if (!process.stderr.isTTY || process.env.CI) return work();
  const { action } = await import('@oclif/core/ux');
  action.start('Linting');
  try {
    return await work();
  } finally {
    action.stop();
  }
}

/** What the report needs of the CLI's package.json. */
export interface CliPackage extends PackageLinks {
  version: string;
}

/** Lines as oclif's `log` and `logToStderr` print them. */
const printer: LintPrinter = {
  log: (text) => process.stdout.write(`${format(text)}\n`),
  logToStderr: (text) => process.stderr.write(`${format(text)}\n`),
};

/**
 * Runs a plain `strata lint` without loading oclif (its start-up is a good part of a pre-commit
 * run on a few files), printing exactly what the oclif command prints. Returns false when it did
 * nothing: `argv` is not a plain lint, or the lint failed —
 * then the caller runs oclif, which lints again and reports the error as every command does (a
 * plain lint changes nothing but the cache, so running it twice is safe).
 */
export async function lintFastPath(argv: readonly string[], pjson: CliPackage): Promise<boolean> {
  const lint = plainLint(argv);
  if (!lint) return false;
  let result;
  try {
    result = await withSpinner(() => runLint({ cwd: process.cwd(), project: lint.project, paths: lint.paths, vars: parseVarFlags(lint.vars), only: lint.rules, cache: lint.cache, staged: lint.staged }));
  } catch {
    return false;
  }
  const maxWarnings = tooManyWarnings(result, lint.maxWarnings) ? lint.maxWarnings : undefined;
  printLintReport(result, lint.format, maxWarnings, { cwd: process.cwd(), version: pjson.version, pjson }, printer);
  process.exitCode = result.errors > 0 || maxWarnings !== undefined ? ExitCode.problems : ExitCode.ok;
  return true;
}
