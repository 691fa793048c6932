import type { TextEdit } from 'vscode-languageserver';
import type { DocumentSnapshot } from './snapshot';

/** One edit replacing the whole document with `newText`. */
export function wholeText(doc: DocumentSnapshot, newText: string): TextEdit {
  return { range: { start: { line: 0, character: 0 }, end: doc.lines.position(doc.text.length) }, newText };
}
