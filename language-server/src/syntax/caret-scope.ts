import { parse, scopeAt, type ScopeAt } from '@strata/core';
import type { DocumentSnapshot } from '../snapshot';

/** An identifier no one writes, standing in for the name being typed. */
const PLACEHOLDER = 'strata_caret__';

/**
 * The scope at the caret of a statement being typed. The parser recovers from most unfinished
 * input, but a name half-typed before more SQL (`SELECT k.` + newline + `CAST(...)` reads as
 * `k.CAST(...)`) or an empty select list halts it before FROM. So the caret is filled with a
 * placeholder name, then with a placeholder and a comma (a new select item), and the first
 * variant whose statement sees relations wins. Offsets before the caret are unchanged.
 */
export function caretScope(doc: DocumentSnapshot, offset: number): ScopeAt {
  let first: ScopeAt | undefined;
  for (const filler of [PLACEHOLDER, `${PLACEHOLDER},`]) {
    const text = doc.text.slice(0, offset) + filler + doc.text.slice(offset);
    const scope = scopeAt(parse(text, doc.dialect), offset, doc.catalog);
    if (scope.relations.length > 0) return scope;
    first ??= scope;
  }
  return first!;
}
