import type { Dialect, Span, SyntaxError } from './ast';
import { cachedErrors, oracleCacheKey, storeErrors } from './oracle-cache';
import { oracleParser, type OracleError } from './oracle-loader';

export { ORACLE_CACHE_FOLDER, clearOracleMemoryCache } from './oracle-cache';

/** Options of {@link validateStrict}. */
export interface StrictOptions {
  /**
   * Folder for the on-disk result cache, usually `<project>/` + `ORACLE_CACHE_FOLDER`.
   * Without it results are cached in memory only.
   */
  cacheDir?: string;
}

/**
 * Validates each statement with the dialect-exact ANTLR grammar of dt-sql-parser (the strict
 * validator behind `strata check --strict`).
 *
 * `text` is the whole file with `${var}` references already masked to same-length placeholders;
 * `statements` are the spans of its statements. Each statement is validated on its own, so one
 * broken statement does not hide errors in the next, and results are cached by content hash:
 * an unchanged statement is never parsed twice. Returned spans are 0-based offsets into `text`.
 * The dt-sql-parser bundle is loaded on the first call.
 */
export function validateStrict(
  text: string,
  dialect: Dialect,
  statements: readonly Span[],
  options: StrictOptions = {},
): SyntaxError[] {
  const errors: SyntaxError[] = [];
  for (const span of statements) {
    const statement = text.slice(span.start, span.end);
    if (statement.trim() === '') continue;
    for (const error of statementErrors(statement, dialect, options.cacheDir)) {
      errors.push({ start: span.start + error.start, end: span.start + error.end, message: error.message });
    }
  }
  return errors;
}

/** Errors of one statement, offsets relative to its start; from the cache when possible. */
function statementErrors(statement: string, dialect: Dialect, cacheDir: string | undefined): SyntaxError[] {
  const key = oracleCacheKey(dialect, statement);
  const cached = cachedErrors(key, cacheDir);
  if (cached) return cached;
  const lineStarts = antlrLineStarts(statement);
  const errors = oracleParser(dialect)
    .validate(statement)
    .map((error) => toSpanError(error, lineStarts, statement.length));
  storeErrors(key, errors, cacheDir);
  return errors;
}

/** Offsets where ANTLR lines start: its lexer counts only `\n` as a line break. */
function antlrLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function toSpanError(error: OracleError, lineStarts: number[], length: number): SyntaxError {
  const offset = (line: number, column: number): number => {
    const lineStart = lineStarts[Math.min(Math.max(line - 1, 0), lineStarts.length - 1)];
    return Math.min(Math.max(lineStart + column - 1, 0), length);
  };
  const start = offset(error.startLine, error.startColumn);
  // At end of input dt-sql-parser sizes the span by the `<EOF>` text; clamping keeps it in the statement.
  const end = Math.max(start, offset(error.endLine, error.endColumn));
  return { start, end, message: oneLine(error.message) };
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}
