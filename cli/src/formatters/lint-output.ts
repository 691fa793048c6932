import type { LintRunResult } from '@strata/core';
import { formatLintReport, type LintFormat } from './lint-report';
import { unwrittenFixes } from './lint-stylish';
import { docsLinks, type PackageLinks } from './rule-docs';

/** Where `strata lint` prints: a line on stdout or on stderr (a newline is added). */
export interface LintPrinter {
  log(text: string): void;
  logToStderr(text: string): void;
}

/** What the report needs to know of the CLI: its version and package.json (SARIF's tool and links). */
export interface LintReportContext {
  cwd: string;
  version: string;
  pjson: PackageLinks;
}

/**
 * Prints the lint report: on stdout; with --stdin-filename --fix stdout carries only the fixed
 * text and the report goes to stderr. Notes outside a machine format's contract (fixes not
 * written, too many warnings) go to stderr too, so that stdout stays parseable. Shared by the
 * oclif command and the fast path (`lint-fast-path.ts`), so both print the same bytes.
 */
export function printLintReport(result: LintRunResult, format: LintFormat, maxWarnings: number | undefined, context: LintReportContext, printer: LintPrinter): void {
  const report = formatLintReport(format, result, context.cwd, context.version, docsLinks(context.pjson));
  const toStderr = result.output !== undefined;
  if (toStderr) process.stdout.write(result.output as string);
  const human = format === 'stylish' && !toStderr;
  const print = (text: string, onStdout: boolean) => (onStdout ? printer.log(text) : printer.logToStderr(text));
  if (report !== '') print(report, !toStderr);
  const notes = format === 'stylish' ? [] : unwrittenFixes(result);
  if (maxWarnings !== undefined) notes.push(`✖ ${result.warnings} warnings exceed --max-warnings ${maxWarnings}`);
  for (const note of notes) print(note, human);
}

/** Whether there are more warnings than `--max-warnings` allows (none given: never). */
export function tooManyWarnings(result: LintRunResult, maxWarnings: number | undefined): boolean {
  return maxWarnings !== undefined && result.warnings > maxWarnings;
}
