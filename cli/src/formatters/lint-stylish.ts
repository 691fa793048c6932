import type { LintedFile, LintRunResult } from '@strata/core';
import { formatSummary } from './diagnostics';

/** `path:line:col  severity  message  CODE`, 1-based, as `strata check` prints diagnostics. */
export function findingLines(file: LintedFile): string[] {
  return file.findings.map((f) => `${file.path}:${f.start.line + 1}:${f.start.character + 1}  ${f.severity}  ${f.message}  ${f.code}`);
}

/**
 * ESLint-like report: each file's findings together (files sorted, a blank line between them),
 * files whose fixes were not written, then one summary line.
 */
export function formatStylish(result: LintRunResult): string[] {
  const out: string[] = [];
  for (const file of result.files) {
    const lines = findingLines(file);
    if (file.fix === 'unparsable') lines.push(unwrittenFix(file));
    if (lines.length > 0) out.push(...lines, '');
  }
  out.push(summaryLine(result));
  return out;
}

/** `✖ 3 problems (1 error, 2 warnings) in 12 files, 2 fixable with --fix` plus what --fix wrote. */
export function summaryLine(result: LintRunResult): string {
  const findings = result.files.flatMap((f) => f.findings);
  let line = formatSummary(findings, result.files.length, 'linted');
  if (result.fixable > 0) line += `, ${result.fixable} fixable with --fix`;
  if (result.fixed > 0) line += ` (fixed ${result.fixed} ${result.fixed === 1 ? 'file' : 'files'})`;
  return line;
}

/** Files `--fix` did not write because their fixed text would not parse, one line each. */
export function unwrittenFixes(result: LintRunResult): string[] {
  return result.files.filter((f) => f.fix === 'unparsable').map(unwrittenFix);
}

function unwrittenFix(file: LintedFile): string {
  return `${file.path}  fixes not written: the fixed text would not parse; fix it by hand`;
}
