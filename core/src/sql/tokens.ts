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

/**
 * Token kinds as small integers, for the parser's compact token arrays; `TOKEN_KINDS[code]` is
 * the kind's name. Order matters: `Hint` and the trivia codes (which the parser skips) come after
 * every significant kind, `Eof` last.
 */
export const enum TokenCode {
  Word, Quoted, String, Number, Op, Variable, Bad, Hint, Whitespace, LineComment, BlockComment, Eof,
}

export const TOKEN_KINDS: readonly TokenKind[] = [
  'word', 'quoted', 'string', 'number', 'op', 'variable', 'bad', 'hint', 'whitespace', 'line-comment', 'block-comment', 'eof',
];
