import type { Identifier } from '../sql';
import type { RuleContext } from './rule';
import { isWord, previousSignificant } from './token-scan';

type AliasContext = Pick<RuleContext<object, string>, 'text' | 'tokens' | 'tokenIndexAt' | 'report'>;

/**
 * Reports an alias written without `AS` (`SELECT a b`, `FROM t x`) under `messageId`; the fix
 * writes `AS ` before it, which every dialect accepts in the places the callers check.
 */
export function reportImplicitAlias(context: AliasContext, alias: Identifier, messageId: string): void {
  const { text, tokens } = context;
  const before = tokens[previousSignificant(tokens, context.tokenIndexAt(alias.start))];
  if (isWord(text, before, 'AS')) return;
  const name = text.slice(alias.start, alias.end);
  context.report({ messageId, data: { alias: name }, start: alias.start, end: alias.end, fix: [{ start: alias.start, end: alias.start, newText: 'AS ' }] });
}
