/**
 * The SQL front-end: a lossless lexer and an error-tolerant parser producing one AST for
 * Spark, Hive and Flink SQL.
 */
import type { Dialect, Script } from './ast';
import { parseScript } from './parser/script';

export * from './ast';
export { tokenize } from './lexer';
export { parseStatementwise, reparse, type ParsedScript, type ParsedStatement } from './incremental-parse';
export type { Token, TokenKind } from './tokens';

/**
 * Parses a script of `;`-separated statements. Never throws: syntax problems are returned in
 * `errors` (each spanning the offending token) next to partial trees.
 */
export function parse(text: string, dialect: Dialect): Script {
  return parseScript(text, dialect);
}
