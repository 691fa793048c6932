import { createHash } from 'node:crypto';
import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';

/**
 * `textDocument/diagnostic` (LSP 3.17 pull): the same diagnostics as pushed ones, with a
 * `resultId` that is a digest of them, so a client asking again with that id while nothing
 * changed gets `unchanged` instead of the list.
 */
export function pullDiagnostics(doc: DocumentSnapshot, previousResultId: string | undefined, compute: (doc: DocumentSnapshot) => Diagnostic[]): DocumentDiagnosticReport {
  const items = compute(doc);
  const resultId = createHash('sha1').update(JSON.stringify(items)).digest('base64url');
  if (resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
}
