import { formatSettings, formatSql } from '@strata/core';
import type { TextEdit } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';
import { wholeText } from '../whole-text';

/**
 * Formats the document with core's formatter (what `strata format` writes) in the file's dialect,
 * with the project's `format:` options (defaults outside a project). A document with a syntax
 * error, or already formatted, gets no edits.
 */
export function formatting(doc: DocumentSnapshot): TextEdit[] {
  const formatted = formatSql(doc.text, doc.dialect, formatSettings(doc.workspace?.project.config.format));
  if (formatted.syntaxError || formatted.text === doc.text) return [];
  return [wholeText(doc, formatted.text)];
}
