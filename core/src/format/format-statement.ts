import { formatDialect } from 'sql-formatter';
import { parse, tokenize, type Dialect, type Span, type Statement } from '../sql';
import { FORMATTER_DIALECTS } from './dialects';
import { restoreTokens, type FormatterInput } from './restore-tokens';
import { sameTree } from './same-tree';
import type { FormatSettings } from './settings';

/**
 * Statements whose tree holds raw text (`SET k=v`, `ADD JAR path`, opaque commands): sql-formatter
 * would respace or re-case text the engine takes literally, and has no layout to add. Kept as written.
 */
const VERBATIM = new Set<Statement['kind']>(['SetStatement', 'CommandStatement', 'SessionStatement', 'OpaqueStatement']);

/**
 * sql-formatter's parser takes about 10 µs per character and more memory still: a longer statement
 * (a generated 1 MB select list) is kept as written rather than stalling the run.
 */
const MAX_STATEMENT_LENGTH = 100_000;

/** One statement's formatted text, or why it stays as written. */
export type StatementOutcome = { text: string; reason?: undefined } | { text?: undefined; reason: string };

/**
 * Formats one statement (without its `;`) with sql-formatter, and accepts the result only when it
 * parses to the same tree, keeps every token and is stable (formatting it again changes nothing).
 */
export function formatStatement(text: string, dialect: Dialect, settings: FormatSettings, eol: string): StatementOutcome {
  if (text.length > MAX_STATEMENT_LENGTH) return { reason: `it is longer than ${MAX_STATEMENT_LENGTH / 1000} KB, too long for sql-formatter` };
  const tree = parseOne(text, dialect);
  if (!tree) return { reason: 'it does not parse on its own' };
  if (VERBATIM.has(tree.kind)) return { text };
  const once = formatOnce(text, tree, dialect, settings, eol);
  if (once.text === undefined) return once;
  if (once.text === text) return { text };
  const again = formatOnce(once.text, once.tree, dialect, settings, eol);
  return again.text === once.text ? { text: once.text } : { reason: 'sql-formatter does not give a stable layout for it' };
}

/** A formatted statement with its tree (which the stability check reuses), or why there is none. */
type Attempt = { text: string; tree: Statement; reason?: undefined } | { text?: undefined; reason: string };

function formatOnce(text: string, tree: Statement, dialect: Dialect, settings: FormatSettings, eol: string): Attempt {
  const input = formatterInput(text, tree, dialect);
  let formatted: string;
  try {
    formatted = formatDialect(input.masked, {
      dialect: FORMATTER_DIALECTS[dialect],
      keywordCase: settings.keywordCase,
      dataTypeCase: settings.keywordCase,
      tabWidth: settings.indent,
      expressionWidth: settings.lineWidth,
    });
  } catch (error) {
    return { reason: `sql-formatter cannot read it (${firstLine(error)})` };
  }
  const restored = restoreTokens(input, formatted.trimEnd(), dialect, eol);
  if (restored === undefined) return { reason: 'sql-formatter would change its tokens' };
  const after = parseOne(restored, dialect);
  return after && sameTree(tree, after) ? { text: restored, tree: after } : { reason: 'the formatted statement would parse differently' };
}

/** The statement's tree when `text` is exactly one statement without syntax errors. */
function parseOne(text: string, dialect: Dialect): Statement | undefined {
  const script = parse(text, dialect);
  return script.errors.length === 0 && script.statements.length === 1 ? script.statements[0] : undefined;
}

/**
 * Pieces sql-formatter gets wrong become same-length runs of `x` (a plain name to it) and are put
 * back as written: `${vars}` (it would split `ods_${env}` apart), `<...>` types (it cannot read
 * `STRUCT<a: INT>` and spaces out `ARRAY < STRING >`) and Flink row patterns (it would space out
 * `B+` and cannot read `A{3,}`). Names and masked words are marked to keep their spelling.
 */
function formatterInput(text: string, tree: Statement, dialect: Dialect): FormatterInput {
  const keep = new Set<number>();
  const masks: Span[] = [];
  scanTree(tree, text, keep, masks);
  if (text.includes('${')) {
    for (const token of tokenize(text, dialect)) {
      const isVariable = token.kind === 'variable' || (token.kind === 'word' && text.slice(token.start, token.end).includes('${'));
      if (isVariable && !masks.some((m) => m.start <= token.start && token.end <= m.end)) masks.push(token);
    }
  }
  let masked = '';
  let last = 0;
  for (const m of masks.sort((a, b) => a.start - b.start)) {
    masked += text.slice(last, m.start) + 'x'.repeat(m.end - m.start);
    last = m.end;
    keep.add(m.start);
  }
  return { text, masked: masked + text.slice(last), keep };
}

/** Collects the start of every identifier and the spans of outermost `<...>` types and row patterns. */
function scanTree(value: unknown, text: string, keep: Set<number>, masks: Span[]): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) scanTree(item, text, keep, masks);
    return;
  }
  // Not every part of the tree is a node with a kind (column definitions are plain objects).
  const node = value as Partial<Span> & { kind?: unknown };
  if (node.kind === 'Identifier' && node.start !== undefined) keep.add(node.start);
  if (node.start !== undefined && node.end !== undefined && (node.kind === 'RowPattern' || (node.kind === 'DataType' && text.slice(node.start, node.end).includes('<')))) {
    masks.push({ start: node.start, end: node.end });
    return;
  }
  for (const key in value) scanTree((value as Record<string, unknown>)[key], text, keep, masks);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();
}
