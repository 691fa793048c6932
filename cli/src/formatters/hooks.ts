import type { HooksResult, InstallAction, UninstallAction } from '@strata/core';

const INSTALLED: Record<InstallAction, string> = {
  created: 'installed the pre-commit hook in',
  updated: 'updated the pre-commit hook in',
  unchanged: 'the pre-commit hook is already installed in',
  appended: 'added strata to the pre-commit hook',
  chained: 'installed the pre-commit hook (the previous one is kept and runs first) in',
};

const UNINSTALLED: Record<UninstallAction, string> = {
  removed: 'removed the pre-commit hook',
  restored: 'removed the pre-commit hook and restored the previous one in',
  'block-removed': 'removed strata from the pre-commit hook',
  'not-installed': 'no strata pre-commit hook in',
};

/** One line: what happened to which file, and what the hook runs. */
export function formatInstall(result: HooksResult<InstallAction>): string {
  return `✔ ${INSTALLED[result.action]} ${result.hook}: runs \`${result.command}\` before each commit`;
}

export function formatUninstall(result: HooksResult<UninstallAction>): string {
  return `✔ ${UNINSTALLED[result.action]} ${result.hook}`;
}
