import type { FileFormat, FormatResult } from '@strata/core';

/**
 * One line per file that changed or could not be formatted, and per statement kept as written:
 * `formatted  jobs/x.sql`, `would reformat  jobs/x.sql`, `jobs/x.sql:3:7  error  ...`,
 * `jobs/x.sql:12:1  note  statement kept as written: ...` (1-based).
 */
export function formatFileLines(result: FormatResult, check: boolean): string[] {
  return result.files.flatMap((f) => [...statusLine(f, check), ...f.notes.map((n) => `${f.path}:${n.line + 1}:${n.character + 1}  note  ${n.message}`)]);
}

function statusLine(f: FileFormat, check: boolean): string[] {
  if (f.problem) {
    const where = f.problem.start ? `${f.path}:${f.problem.start.line + 1}:${f.problem.start.character + 1}` : f.path;
    return [`${where}  error  ${f.problem.message}`];
  }
  if (f.status === 'formatted') return [`formatted  ${f.path}`];
  if (f.status === 'changed' && check) return [`would reformat  ${f.path}`];
  return [];
}

/** `✔ 2 files formatted, 51 unchanged`, `✖ 2 of 53 files would be reformatted`, plus the files that failed. */
export function formatRunSummary(result: FormatResult, check: boolean): string {
  const total = result.files.length;
  const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  const failed = result.failed > 0 ? `; ${files(result.failed)} could not be formatted` : '';
  const mark = result.failed > 0 || (check && result.changed > 0) ? '✖' : '✔';
  if (check) {
    const state = result.changed > 0 ? `${result.changed} of ${files(total)} would be reformatted` : `${files(total - result.failed)} already formatted`;
    return `${mark} ${state}${failed}`;
  }
  return `${mark} ${files(result.changed)} formatted, ${total - result.changed - result.failed} unchanged${failed}`;
}
