import { parse, scopeAt, type ScopeAt } from '@strata/core';
import type { DocumentSnapshot } from '../snapshot';

/** An identifier no one writes, standing in for the name being typed. */
const PLACEHOLDER = 'strata_caret__';
const LAST_SELECT = /\bselect\b(?![\s\S]*\bselect\b)/i;
const NEXT_FROM = /\bfrom\b/i;
const NAME_BEFORE = /[A-Za-z0-9_.]*$/;

/**
 * The scope at the caret of a statement being typed. The parser recovers from most unfinished
 * input, but a name half-typed before more SQL (`SELECT k.` + newline + `CAST(...)` reads as
 * `k.CAST(...)`) or an empty select list halts it before FROM. So the caret is filled with a
 * placeholder name, then with a placeholder and a comma (a new select item), and, last, the
 * name alone between SELECT and FROM (an unfinished `CASE WHEN k.`); the first variant whose
 * statement sees relations wins. Offsets before the caret are unchanged in every variant.
 */
export function caretScope(doc: DocumentSnapshot, offset: number): ScopeAt {
  const before = doc.text.slice(0, offset);
  const after = doc.text.slice(offset);
  const variants = [before + PLACEHOLDER + after, `${before + PLACEHOLDER},${after}`, isolated(before, after)];
  let first: ScopeAt | undefined;
  for (const text of variants) {
    if (text === undefined) continue;
    const scope = scopeAt(parse(text, doc.dialect), offset, doc.catalog);
    if (scope.relations.length > 0) return scope;
    first ??= scope;
  }
  return first!;
}

/** `SELECT <name at caret> FROM ...`: the rest of the select list blanked out, offsets kept. */
function isolated(before: string, after: string): string | undefined {
  const select = LAST_SELECT.exec(before);
  const from = NEXT_FROM.exec(after);
  if (!select || !from) return undefined;
  const listStart = select.index + select[0].length;
  const nameStart = before.length - (NAME_BEFORE.exec(before)?.[0].length ?? 0);
  if (nameStart < listStart) return undefined;
  return before.slice(0, listStart) + blank(before.slice(listStart, nameStart)) + before.slice(nameStart) + PLACEHOLDER + ' ' + after.slice(from.index);
}

/** The same number of characters, all spaces except line breaks. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
