import type { Diagnostic } from '@strata/core';

/** `path:line:col  severity  message  code`, 1-based, one line per diagnostic, sorted by file and position. */
export function formatDiagnostics(diagnostics: Diagnostic[]): string[] {
  return sortDiagnostics(diagnostics).map(
    (d) => `${d.file}:${d.start.line + 1}:${d.start.character + 1}  ${d.severity}  ${d.message}  ${d.code}`,
  );
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.start.line - b.start.line || a.start.character - b.start.character,
  );
}

/** `✖ 3 problems (2 errors, 1 warning) in 45 files` or `✔ 45 files checked, no problems` (`verb`: checked, linted). */
export function formatSummary(diagnostics: readonly { severity: string }[], files: number, verb = 'checked'): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const fileWord = files === 1 ? 'file' : 'files';
  if (errors + warnings === 0) return `✔ ${files} ${fileWord} ${verb}, no problems`;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${files} ${fileWord}`;
}
