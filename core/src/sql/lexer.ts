import type { Dialect } from './ast';
import { TOKEN_KINDS, TokenCode, type Token } from './tokens';

const enum C {
  Tab = 9, Nl = 10, Cr = 13, Space = 32, Bang = 33, DQuote = 34, Dollar = 36, Amp = 38,
  SQuote = 39, Star = 42, Plus = 43, Minus = 45, Dot = 46, Slash = 47, Zero = 48, Nine = 57,
  Colon = 58, Lt = 60, Eq = 61, Gt = 62, UpperA = 65, UpperZ = 90, Backslash = 92, Underscore = 95,
  Backtick = 96, LowerA = 97, LowerZ = 122, LBrace = 123, Pipe = 124,
}

/** Single-character operators and punctuation. */
const PUNCT = new Set('()[]{},;.+-*/%=<>!~&|^:?@'.split('').map((c) => c.charCodeAt(0)));

/**
 * Splits SQL text into a lossless token stream ending with an `eof` token.
 * Never throws: problems become `bad` tokens that the parser reports.
 */
export function tokenize(text: string, dialect: Dialect): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const code = scanToken(text, i, dialect);
    i = scanEnd;
    tokens.push({ kind: TOKEN_KINDS[code], start, end: i });
  }
  tokens.push({ kind: 'eof', start: n, end: n });
  return tokens;
}

/** End offset of the token {@link scanToken} just read. */
export function scannedEnd(): number {
  return scanEnd;
}

/** End offset of the token just read (a module slot avoids allocating a tuple per token). */
let scanEnd = 0;

/**
 * Reads the token that starts at `i < text.length` and returns its kind; {@link scannedEnd} then
 * gives its end. The parser scans with this directly, so trivia never become objects.
 */
export function scanToken(s: string, i: number, dialect: Dialect): TokenCode {
  const c = s.charCodeAt(i);
  if (isSpace(c)) {
    let j = i + 1;
    while (j < s.length && isSpace(s.charCodeAt(j))) j++;
    return done(j, TokenCode.Whitespace);
  }
  if (isWordStart(c)) return scanWord(s, i);
  if (isDigit(c) || (c === C.Dot && isDigit(s.charCodeAt(i + 1)))) return scanNumber(s, i);
  switch (c) {
    case C.SQuote:
      return scanString(s, i, c, dialect !== 'flink');
    case C.DQuote:
      return dialect === 'flink' ? scanQuoted(s, i, c) : scanString(s, i, c, true);
    case C.Backtick:
      return scanQuoted(s, i, c);
    case C.Dollar:
      if (s.charCodeAt(i + 1) === C.LBrace) return scanVariableOrWord(s, i);
      return scanWord(s, i);
    case C.Minus:
      if (s.charCodeAt(i + 1) === C.Minus) return scanLineComment(s, i);
      break;
    case C.Slash:
      if (s.charCodeAt(i + 1) === C.Star) return scanBlockComment(s, i, dialect !== 'flink');
      break;
  }
  const op = operatorLength(s, i);
  if (op > 0) return done(i + op, TokenCode.Op);
  // A stray character; keep surrogate pairs whole so offsets stay on code-point boundaries.
  return done(i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1), TokenCode.Bad);
}

function done(end: number, kind: TokenCode): TokenCode {
  scanEnd = end;
  return kind;
}

function isSpace(c: number): boolean {
  return c === C.Space || c === C.Nl || c === C.Cr || c === C.Tab || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

function isDigit(c: number): boolean {
  return c >= C.Zero && c <= C.Nine;
}

function isWordStart(c: number): boolean {
  return (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ) || c === C.Underscore || (c >= 128 && !isSpace(c));
}

function isWordChar(c: number): boolean {
  return isWordStart(c) || isDigit(c) || (c === C.Dollar);
}

/** A word, including `${var}` pieces glued to it (`ods_${env}`). Spark raw strings `r'..'` too. */
function scanWord(s: string, i: number): TokenCode {
  const c = s.charCodeAt(i);
  const next = s.charCodeAt(i + 1);
  if ((c === 114 || c === 82) && (next === C.SQuote || next === C.DQuote)) return scanRawString(s, i + 1, next);
  let j = i;
  for (;;) {
    const d = s.charCodeAt(j);
    if (d === C.Dollar && s.charCodeAt(j + 1) === C.LBrace) {
      const close = s.indexOf('}', j + 2);
      if (close < 0) break;
      j = close + 1;
    } else if (j < s.length && isWordChar(d)) {
      j++;
    } else {
      break;
    }
  }
  return done(j, TokenCode.Word);
}

/** `${name}` alone is a variable; glued to word characters it is part of a word. */
function scanVariableOrWord(s: string, i: number): TokenCode {
  const close = s.indexOf('}', i + 2);
  if (close < 0 || hasLineBreak(s, i + 2, close)) return done(lineEnd(s, i), TokenCode.Bad);
  const after = s.charCodeAt(close + 1);
  if (close + 1 < s.length && (isWordChar(after) || after === C.Dollar)) return scanWord(s, i);
  return done(close + 1, TokenCode.Variable);
}

function hasLineBreak(s: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = s.charCodeAt(j);
    if (c === C.Nl || c === C.Cr) return true;
  }
  return false;
}

function lineEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && s.charCodeAt(j) !== C.Nl && s.charCodeAt(j) !== C.Cr) j++;
  return j;
}

/** Ints, decimals, exponents and the Spark/Hive suffixes `L S Y D F BD`; `1d_cnt`-like names are words. */
function scanNumber(s: string, i: number): TokenCode {
  let j = i;
  while (isDigit(s.charCodeAt(j))) j++;
  let integral = true;
  if (s.charCodeAt(j) === C.Dot && !isWordStart(s.charCodeAt(j + 1))) {
    integral = false;
    j++;
    while (isDigit(s.charCodeAt(j))) j++;
  }
  const e = s.charCodeAt(j);
  if (e === 101 || e === 69) {
    const sign = s.charCodeAt(j + 1);
    const k = sign === C.Plus || sign === C.Minus ? j + 2 : j + 1;
    if (isDigit(s.charCodeAt(k))) {
      integral = false;
      j = k;
      while (isDigit(s.charCodeAt(j))) j++;
    }
  }
  const suffix = suffixLength(s, j);
  if (suffix >= 0) return done(j + suffix, TokenCode.Number);
  // Digits glued to letters: an identifier such as `1d_cnt` (Hive/Spark allow these).
  if (integral) return scanWord(s, i);
  return done(j, TokenCode.Number);
}

/** Length of a numeric suffix at `j` (0 when none), or -1 when word characters follow. */
function suffixLength(s: string, j: number): number {
  const c = s.charCodeAt(j) | 0x20;
  let len = 0;
  if (c === 98 && (s.charCodeAt(j + 1) | 0x20) === 100) len = 2; // BD
  else if (c === 108 || c === 115 || c === 121 || c === 100 || c === 102) len = 1; // L S Y D F
  const after = s.charCodeAt(j + len);
  if (j + len < s.length && isWordChar(after)) return -1;
  return len;
}

function scanString(s: string, i: number, quote: number, backslash: boolean): TokenCode {
  let j = i + 1;
  const n = s.length;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c === C.Backslash && backslash) {
      j += 2;
    } else if (c === quote) {
      if (s.charCodeAt(j + 1) === quote) j += 2;
      else return done(j + 1, TokenCode.String);
    } else {
      j++;
    }
  }
  return done(n, TokenCode.Bad);
}

function scanRawString(s: string, q: number, quote: number): TokenCode {
  const close = s.indexOf(String.fromCharCode(quote), q + 1);
  return close < 0 ? done(s.length, TokenCode.Bad) : done(close + 1, TokenCode.String);
}

function scanQuoted(s: string, i: number, quote: number): TokenCode {
  let j = i + 1;
  for (;;) {
    const close = s.indexOf(String.fromCharCode(quote), j);
    if (close < 0) return done(s.length, TokenCode.Bad);
    if (s.charCodeAt(close + 1) !== quote) return done(close + 1, TokenCode.Quoted);
    j = close + 2; // a doubled quote escapes itself
  }
}

function scanLineComment(s: string, i: number): TokenCode {
  return done(lineEnd(s, i), TokenCode.LineComment);
}

/**
 * `/* ... *\/`; Spark and Hive nest them (`/* a /* b *\/ c *\/` is one comment), Flink does not. A
 * nested opening that never closes is taken as text (the first `*\/` ends the comment), as the engines' grammars do.
 */
function scanBlockComment(s: string, i: number, nested: boolean): TokenCode {
  const flat = s.indexOf('*/', i + 2);
  const balanced = nested && flat >= 0 ? nestedCommentEnd(s, i + 2) : -1;
  const close = balanced >= 0 ? balanced : flat;
  if (close < 0) return done(s.length, TokenCode.Bad);
  return done(close + 2, s.charCodeAt(i + 2) === C.Plus ? TokenCode.Hint : TokenCode.BlockComment);
}

/** Offset of the `*\/` that closes a comment opened before `from`, counting nested openings; -1 when unclosed. */
function nestedCommentEnd(s: string, from: number): number {
  let depth = 1;
  for (let j = from; j < s.length - 1; j++) {
    const c = s.charCodeAt(j);
    const d = s.charCodeAt(j + 1);
    if (c === C.Slash && d === C.Star) {
      depth++;
      j++;
    } else if (c === C.Star && d === C.Slash) {
      if (--depth === 0) return j;
      j++;
    }
  }
  return -1;
}

/** Longest operator at `i`; `>>`/`<<` are left as two tokens so `ARRAY<MAP<K,V>>` closes cleanly. */
function operatorLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  switch (c) {
    case C.Lt:
      if (d === C.Eq) return s.charCodeAt(i + 2) === C.Gt ? 3 : 2;
      if (d === C.Gt) return 2;
      break;
    case C.Gt:
    case C.Bang:
      if (d === C.Eq) return 2;
      break;
    case C.Eq:
      if (d === C.Eq || d === C.Gt) return 2;
      break;
    case C.Minus:
      if (d === C.Gt) return 2;
      break;
    case C.Colon:
      if (d === C.Colon) return 2;
      break;
    case C.Pipe:
      if (d === C.Pipe) return 2;
      break;
    case C.Amp:
      if (d === C.Amp) return 2;
      break;
  }
  return PUNCT.has(c) ? 1 : 0;
}
