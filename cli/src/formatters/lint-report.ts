import * as path from 'node:path';
import type { LintedFile, LintRunResult } from '@strata/core';
import { findGitRoot } from '@strata/core/dist/src/tasks/git-files';
import { formatGithub } from './lint-github';
import { toJsonReport } from './lint-json';
import { formatJunit } from './lint-junit';
import { toSarif } from './lint-sarif';
import { docsLinks, type DocsLinks } from './rule-docs';
import { formatStylish } from './lint-stylish';
import type { LintFormat } from './lint-formats';

export { LINT_FORMATS, type LintFormat } from './lint-formats';

/**
 * The lint report in `format`, as the text to print. SARIF and GitHub annotations locate files
 * relative to the git work tree holding `cwd` (where CI checks the repository out), else `cwd`;
 * SARIF links to `links` (from the CLI's package.json).
 */
export function formatLintReport(format: LintFormat, result: LintRunResult, cwd: string, version: string, links: DocsLinks = docsLinks({})): string {
  const base = findGitRoot(cwd) ?? cwd;
  const uriOf = (file: LintedFile) => path.relative(base, file.absolute).split(path.sep).map(encodeURIComponent).join('/');
  switch (format) {
    case 'stylish':
      return formatStylish(result).join('\n');
    case 'json':
      return JSON.stringify(toJsonReport(result), null, 2);
    case 'sarif':
      return JSON.stringify(toSarif(result, { version, links, base, uriOf }), null, 2);
    case 'github':
      return formatGithub(result, (file) => path.relative(base, file.absolute).split(path.sep).join('/')).join('\n');
    case 'junit':
      return formatJunit(result);
  }
}
