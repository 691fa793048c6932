import { scopeAt, type ColumnRef, type VisibleRelation } from '@strata/core';
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import type { DocumentSnapshot } from '../snapshot';
import { nodePathAt } from '../syntax/node-at';
import { wanted } from './code-actions';

/**
 * "Qualify column": an unqualified column at the start of `range`, in a query reading several
 * relations, becomes `alias.col`, one `quickfix` per relation of the nearest FROM that has the
 * column (one preferred when it is the only one; several for an ambiguous column). Nothing for a
 * USING column, a single-relation query or an unknown column.
 */
export function qualifyColumn(doc: DocumentSnapshot, range: Range, only?: string[]): CodeAction[] {
  if (!wanted(only, CodeActionKind.QuickFix)) return [];
  const offset = doc.lines.offset(range.start);
  const ref = nodePathAt(doc.script, offset).filter((n): n is ColumnRef => n.kind === 'ColumnRef').pop();
  if (!ref || ref.parts.length !== 1) return [];
  const written = ref.parts[0].name;
  const name = written.toLowerCase();
  const scope = scopeAt(doc.script, ref.start, doc.catalog);
  if (scope.merged.some((c) => c.name.toLowerCase() === name)) return [];
  const has = (r: VisibleRelation) => r.columns.some((c) => c.name.toLowerCase() === name);
  const level = scope.relations.find(has)?.level;
  const siblings = scope.relations.filter((r) => r.level === level);
  if (level === undefined || siblings.length < 2) return [];
  const actions = siblings.filter(has).flatMap((r) => {
    const qualifier = shortest(r.names);
    if (qualifier === undefined) return [];
    const text = doc.text.slice(ref.start, ref.end);
    const edit = { range: { start: doc.lines.position(ref.start), end: doc.lines.position(ref.end) }, newText: `${qualifier}.${text}` };
    return [{ title: `Qualify '${written}' as '${qualifier}.${text}'`, kind: CodeActionKind.QuickFix, edit: { changes: { [doc.uri]: [edit] } } } as CodeAction];
  });
  if (actions.length === 1) actions[0].isPreferred = true;
  return actions;
}

/** How to qualify a relation's columns: its alias, else the table's shortest name. */
function shortest(names: string[]): string | undefined {
  return names.length === 0 ? undefined : names.reduce((a, b) => (b.length < a.length ? b : a));
}
