import { starColumns, starReplacement, type Star } from '@strata/core';
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';
import { nodePathAt } from '../syntax/node-at';
import { wanted } from './code-actions';

/**
 * "Expand *": the `*` or `t.*` at the start of `range` replaced by its columns from the catalog,
 * in order, qualified like the star (a `refactor.rewrite`). Nothing when some columns are
 * unknown or an unqualified `*` over a join would repeat a name.
 */
export function expandStar(doc: DocumentSnapshot, range: Range, only?: string[]): CodeAction[] {
  if (!wanted(only, CodeActionKind.RefactorRewrite)) return [];
  const star = nodePathAt(doc.script, doc.lines.offset(range.start)).filter((n): n is Star => n.kind === 'Star').pop();
  if (!star) return [];
  const columns = starColumns(doc.script, doc.catalog).get(star);
  const newText = starReplacement(doc.text, star, columns);
  if (newText === undefined) return [];
  const written = doc.text.slice(star.start, star.end);
  const edit = { range: { start: doc.lines.position(star.start), end: doc.lines.position(star.end) }, newText };
  return [{ title: `Expand '${written}' to ${columns!.length} column${columns!.length === 1 ? '' : 's'}`, kind: CodeActionKind.RefactorRewrite, edit: { changes: { [doc.uri]: [edit] } } }];
}
