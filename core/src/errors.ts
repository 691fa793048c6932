/** Where a problem is: a project-relative (or user-given) file path and 0-based offsets or position. */
export interface SourceLocation {
  file: string;
  /** 0-based line and character, LSP style. */
  line: number;
  character: number;
}

export type ErrorCode =
  | 'config'
  | 'usage'
  | 'io'
  | 'front-matter'
  | 'variable'
  | 'syntax'
  /** An engine refused a statement (DuckDB's message, one line). */
  | 'engine'
  /** A value does not fit its column (test rows, seeds). */
  | 'data'
  /** A statement ran longer than its timeout and was interrupted. */
  | 'timeout'
  | 'internal';

/**
 * The one error type core throws. The message is one line: it quotes the bad value and says
 * what to do next. The CLI maps it to exit code 2 and prints `file:line:col  message`.
 */
export class StrataError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly location?: SourceLocation,
    readonly suggestions: string[] = [],
  ) {
    super(message);
    this.name = 'StrataError';
  }
}
