import { Dialect, LineIndex, parse } from '@strata/core';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';

/** Syntax diagnostics for one document; semantic ones arrive with the project index. */
export function syntaxDiagnostics(text: string, dialect: Dialect): Diagnostic[] {
  const script = parse(text, dialect);
  const lines = new LineIndex(text);
  return script.errors.map((e) => ({
    range: { start: lines.position(e.start), end: lines.position(e.end) },
    severity: DiagnosticSeverity.Error,
    source: 'strata',
    code: 'syntax',
    message: e.message,
  }));
}
