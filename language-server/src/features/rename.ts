import { ErrorCodes, ResponseError, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';
import { localNameAt, type LocalName } from '../syntax/local-names';

/** A name that needs no quoting in any dialect. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const NOT_RENAMEABLE = 'only a CTE or a table alias can be renamed here; put the caret on its name or on the qualifier of one of its columns';

/** What rename would change at `position`: the name's range and text, or why it cannot be renamed. */
export function prepareRename(doc: DocumentSnapshot, position: Position): { range: Range; placeholder: string } | ResponseError {
  const local = localNameAt(doc.script, doc.lines.offset(position));
  if (!local) return refusal(NOT_RENAMEABLE);
  return { range: rangeOf(doc, local.at), placeholder: local.at.name };
}

/**
 * Renames the CTE or table alias at `position` to `newName`: its declaration and every reference
 * in its scope (the query holding the WITH, the SELECT declaring the alias), nothing else.
 */
export function rename(doc: DocumentSnapshot, position: Position, newName: string): WorkspaceEdit | ResponseError {
  const local = localNameAt(doc.script, doc.lines.offset(position));
  if (!local) return refusal(NOT_RENAMEABLE);
  if (!PLAIN_NAME.test(newName)) return refusal(`'${newName}' is not a plain name: use letters, digits and underscores, not starting with a digit`);
  return { changes: { [doc.uri]: edits(doc, local, newName) } };
}

function edits(doc: DocumentSnapshot, local: LocalName, newName: string) {
  return local.occurrences.map((id) => ({ range: rangeOf(doc, id), newText: newName }));
}

function rangeOf(doc: DocumentSnapshot, span: { start: number; end: number }): Range {
  return { start: doc.lines.position(span.start), end: doc.lines.position(span.end) };
}

function refusal(message: string): ResponseError {
  return new ResponseError(ErrorCodes.InvalidRequest, message);
}
