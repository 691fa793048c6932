import { strictErrors } from '@strata/core';
import type { Diagnostic } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';
import { offsetDiagnostic } from './diagnostics';

/**
 * The editor's strict validation (`strictValidation` setting): what the dialect-exact reference
 * grammar rejects in statements our parser accepted, as `strict-syntax` errors, the same as
 * `strata check --strict`. Verdicts are cached per statement under the project's `.strata/`.
 */
export function strictDiagnostics(doc: DocumentSnapshot): Diagnostic[] {
  return strictErrors(doc.text, doc.dialect, doc.script, doc.root).map((e) => offsetDiagnostic(doc, e.start, e.end, 'strict-syntax', e.message, 'error'));
}
