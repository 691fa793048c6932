import type { Token } from '../sql';

/** Whitespace and comments: what lies between the tokens the parser reads. */
export function isTrivia(token: Token): boolean {
  return token.kind === 'whitespace' || token.kind === 'line-comment' || token.kind === 'block-comment';
}

/** Index of the nearest token before `index` that is not trivia, or -1. */
export function previousSignificant(tokens: readonly Token[], index: number): number {
  let i = index - 1;
  while (i >= 0 && isTrivia(tokens[i])) i--;
  return i;
}

/** Index of the nearest token after `index` that is not trivia (the end-of-input token at worst). */
export function nextSignificant(tokens: readonly Token[], index: number): number {
  let i = index + 1;
  while (i < tokens.length - 1 && isTrivia(tokens[i])) i++;
  return i;
}

/** True when `token` is the word `upper` in any case; compares in place, without slicing the text. */
export function isWord(text: string, token: Token | undefined, upper: string): boolean {
  if (token === undefined || token.kind !== 'word' || token.end - token.start !== upper.length) return false;
  for (let i = 0; i < upper.length; i++) {
    // ASCII lower-case letters are upper-cased on the fly; `upper` holds letters and `_` only.
    const c = text.charCodeAt(token.start + i);
    if ((c >= 97 && c <= 122 ? c - 32 : c) !== upper.charCodeAt(i)) return false;
  }
  return true;
}

/** End offset of the `/*--- ... ---*\/` front matter when the script starts with one, else 0. */
export function frontMatterEnd(text: string, tokens: readonly Token[]): number {
  const first = tokens[0]?.kind === 'whitespace' ? tokens[1] : tokens[0];
  return first?.kind === 'block-comment' && text.startsWith('/*---', first.start) ? first.end : 0;
}
