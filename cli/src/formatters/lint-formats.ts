/**
 * The report formats of `strata lint --format`: a module of its own, so that bin/run.js can tell a
 * plain lint (cli/src/plain-lint.ts) without loading the formatters.
 */
export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];
