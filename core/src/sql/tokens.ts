/**
 * Token kinds of the lossless SQL token stream.
 *
 * Tokens hold offsets only; the text is `input.slice(start, end)`. Trivia (whitespace and
 * comments) are tokens too, so concatenating every token's text gives back the input.
 */
export type TokenKind =
  /** Identifier or keyword; keywords are contextual, the parser decides. */
  | 'word'
  /** Backticked identifier (and double-quoted in Flink). */
  | 'quoted'
  | 'string'
  | 'number'
  /** Operator or punctuation. */
  | 'op'
  /** Scheduler variable `${name}` standing alone. */
  | 'variable'
  | 'whitespace'
  | 'line-comment'
  | 'block-comment'
  /** `/*+ ... *\/`. */
  | 'hint'
  /** Unterminated string/comment/quoted identifier or a stray character. */
  | 'bad'
  | 'eof';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

/** Whitespace and comments: tokens the parser skips. */
export function isTrivia(kind: TokenKind): boolean {
  return kind === 'whitespace' || kind === 'line-comment' || kind === 'block-comment' || kind === 'hint';
}
