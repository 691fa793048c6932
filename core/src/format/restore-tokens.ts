import { tokenize, type Dialect, type Token } from '../sql';

/** The statement sql-formatter was given: its text, the masked copy it saw, and what must keep its spelling. */
export interface FormatterInput {
  /** The statement as written. */
  text: string;
  /** The same text with `${vars}` masked (same length, so offsets agree with `text`). */
  masked: string;
  /** Offsets of word tokens that must keep their spelling: names and masked variables. */
  keep: ReadonlySet<number>;
}

/**
 * Lays the tokens of the statement as written over sql-formatter's layout of it. Only whitespace and
 * the case of keywords come from the formatter: names, literals, comments, hints and `${vars}` are
 * copied from the original, so they stay byte-exact. Undefined when the formatter added, dropped,
 * reordered or respelt any token (the caller then keeps the statement as written).
 */
export function restoreTokens(input: FormatterInput, formatted: string, dialect: Dialect, eol: string): string | undefined {
  const original = tokenize(input.masked, dialect).filter(isSignificant);
  let next = 0;
  let out = '';
  for (const token of tokenize(formatted, dialect)) {
    if (token.kind === 'eof') break;
    const piece = formatted.slice(token.start, token.end);
    if (token.kind === 'whitespace') {
      out += eol === '\n' ? piece : piece.replace(/\r?\n/g, eol);
      continue;
    }
    const source = original[next++];
    if (source === undefined || source.kind !== token.kind || !sameToken(token.kind, input.masked.slice(source.start, source.end), piece)) return undefined;
    const keyword = token.kind === 'word' && !input.keep.has(source.start);
    out += keyword ? piece : input.text.slice(source.start, source.end);
  }
  return next === original.length - 1 ? out : undefined;
}

function isSignificant(token: Token): boolean {
  return token.kind !== 'whitespace';
}

/** Whether the formatter's token is the original one, up to what formatting may change. */
function sameToken(kind: Token['kind'], original: string, formatted: string): boolean {
  if (original === formatted) return true;
  switch (kind) {
    case 'word':
      return original.toUpperCase() === formatted.toUpperCase();
    case 'block-comment':
    case 'hint':
    case 'line-comment':
      // Re-indented or trimmed; the original text is put back.
      return original.replace(/\s+/g, '') === formatted.replace(/\s+/g, '');
    default:
      return false;
  }
}
