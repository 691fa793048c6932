import { parse, tokenize, type Dialect, type Script, type Token } from '../sql';
import { LineIndex, type Position } from '../text/line-index';
import type * as StatementFormatter from './format-statement';
import { sameTree } from './same-tree';
import { DEFAULT_FORMAT_SETTINGS, type FormatSettings } from './settings';

/** Something the formatter wants the user to know about a file, at a 0-based position in the text as given. */
export interface FormatNote extends Position {
  message: string;
}

/** A formatted SQL file. */
export interface FormattedSql {
  /** The new text (the input itself when it has a syntax error). */
  text: string;
  /** Statements kept as written, each with why. */
  notes: FormatNote[];
  /** The first syntax error: a file that does not parse is not formatted. */
  syntaxError?: Position & { message: string };
}

let statementFormatter: typeof StatementFormatter | undefined;

/**
 * `formatStatement`, loaded on first use: sql-formatter (every dialect it has) takes ~0.4 s to
 * load, which `check`, `lint` and the language server must not pay at start-up.
 */
function formatStatement(...args: Parameters<typeof StatementFormatter.formatStatement>): StatementFormatter.StatementOutcome {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  statementFormatter ??= require('./format-statement') as typeof StatementFormatter;
  return statementFormatter.formatStatement(...args);
}

/** What a run of whitespace sits between. */
type Neighbour = 'file' | 'statement' | 'semicolon' | 'other';

/**
 * Formats a SQL file statement by statement. The front matter, comments and `${vars}` stay
 * byte-exact; between statements only whitespace changes (no trailing spaces, at most one blank
 * line, `;` right after its statement, one line break at the end). A statement sql-formatter
 * cannot format faithfully is kept as written, with a note.
 */
export function formatSql(text: string, dialect: Dialect, settings: FormatSettings = DEFAULT_FORMAT_SETTINGS): FormattedSql {
  const script = parse(text, dialect);
  const lines = new LineIndex(text);
  if (script.errors.length > 0) {
    const [error] = script.errors;
    return { text, notes: [], syntaxError: { ...lines.position(error.start), message: error.message } };
  }
  const eol = /\r\n|\n|\r/.exec(text)?.[0] === '\r\n' ? '\r\n' : '\n';
  const tokens = tokenize(text, dialect);
  const notes: FormatNote[] = [];
  const starts = new Map(script.statements.map((s) => [s.start, s]));
  let out = '';
  let before: Neighbour = 'file';
  for (let i = 0; tokens[i].kind !== 'eof'; i++) {
    const token = tokens[i];
    const statement = starts.get(token.start);
    if (statement) {
      const source = text.slice(statement.start, statement.end);
      const outcome = formatStatement(source, dialect, settings, eol);
      if (outcome.reason !== undefined) notes.push({ ...lines.position(statement.start), message: `statement kept as written: ${outcome.reason}` });
      out += outcome.text ?? source;
      while (tokens[i + 1].start < statement.end) i++;
      before = 'statement';
    } else if (token.kind === 'whitespace') {
      out += spaceBetween(text.slice(token.start, token.end), before, neighbourAt(tokens[i + 1], text, starts), eol);
    } else {
      out += text.slice(token.start, token.end);
      before = isSemicolon(token, text) ? 'semicolon' : 'other';
    }
  }
  if (out !== '') out += eol;
  return sameStatements(script, parse(out, dialect)) ? { text: out, notes } : { text, notes: [{ line: 0, character: 0, message: 'file kept as written: its formatted text would parse differently' }] };
}

function neighbourAt(token: Token, text: string, starts: ReadonlyMap<number, unknown>): Neighbour {
  if (token.kind === 'eof') return 'file';
  if (starts.has(token.start)) return 'statement';
  return isSemicolon(token, text) ? 'semicolon' : 'other';
}

function isSemicolon(token: Token, text: string): boolean {
  return token.kind === 'op' && text.charCodeAt(token.start) === 59;
}

/** The whitespace between two tokens outside statements, normalized. */
function spaceBetween(space: string, before: Neighbour, after: Neighbour, eol: string): string {
  // A byte-order mark is the file's encoding, not layout.
  if (before === 'file') return space.startsWith('\ufeff') ? '\ufeff' : '';
  if (after === 'file' || (before === 'statement' && after === 'semicolon')) return '';
  const parts = space.split(/\r\n|\n|\r/);
  if (parts.length === 1) return before === 'semicolon' && after === 'statement' ? eol + eol : space;
  // Indentation before a statement goes: sql-formatter lays out its other lines from column 0.
  const indent = after === 'statement' ? '' : parts[parts.length - 1];
  return eol.repeat(Math.min(parts.length - 1, 2)) + indent;
}

/** The formatted file has the same statements as the original, each meaning the same. */
function sameStatements(original: Script, formatted: Script): boolean {
  if (formatted.errors.length > 0 || formatted.statements.length !== original.statements.length) return false;
  return original.statements.every((s, i) => sameTree(s, formatted.statements[i]));
}
