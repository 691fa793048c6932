import type { Dialect, Identifier, QualifiedName, Span, SyntaxError } from '../ast';
import { scannedEnd, scanToken } from '../lexer';
import { TOKEN_KINDS, TokenCode, type Token, type TokenKind } from '../tokens';
import { misspeltKeyword } from '../../text/misspelt';
import { badTokenMessage, openingLength } from './bad-tokens';
import { CLAUSE_KEYWORDS, KEYWORD_FOLLOWERS, NEVER_MISSPELT } from './keywords';
import { upperWord } from './word-cache';

/**
 * Deepest nesting of expressions/queries before the parser reports an error instead of recursing.
 * A level costs up to ~1.4 KB of stack (a nested function call), so 600 levels fit Node's default
 * stack with room for the caller's frames; 500-deep expressions and 300-deep subqueries parse.
 */
const MAX_DEPTH = 600;

/**
 * Cursor over the significant tokens of one text, with error recording.
 *
 * Error model: the first error in a statement is recorded and the cursor *halts* — from then on it
 * reports end-of-input, so every parse function unwinds naturally and returns its partial node
 * without cascades. The statement loop then resynchronises on the real position and resumes.
 */
export class Parser {
  /** Kind codes, offsets and line starts of the significant tokens (no trivia), ending with `eof`. */
  private buffers: TokenBuffers;
  private kinds: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  /** 1 when token i is the first significant token on its line. */
  private lineStarts: Uint8Array;
  /** Number of significant tokens, `eof` included. */
  private count = 0;
  /** Upper-cased text of word tokens, operator text of op tokens, '' otherwise — computed once. */
  readonly up: string[] = [];
  /** The `/*+ ... *\/` hint comment just before token i, if any (sparse: hints are rare). */
  readonly hintBefore = new Map<number, Token>();
  readonly errors: SyntaxError[] = [];
  pos = 0;
  halted = false;
  /** End offset of the last consumed token. */
  lastEnd = 0;
  depth = 0;

  /**
   * Scans `text` (or its `[from, to)` slice, e.g. the inside of a hint comment) straight into
   * compact arrays: trivia never become objects and each word is upper-cased once per spelling.
   * `afterToken`: the slice starts right after a significant token (an editor re-parsing the
   * statements after one), so its first token starts a line only when a line break comes first.
   */
  constructor(readonly text: string, readonly dialect: Dialect, from = 0, to = text.length, afterToken = false) {
    // About one significant token per 4 characters; the arrays double when SQL is denser.
    this.buffers = takeBuffers(((to - from) >> 2) + 16);
    ({ kinds: this.kinds, starts: this.starts, ends: this.ends, lineStarts: this.lineStarts } = this.buffers);
    if (afterToken) this.lastEnd = from;
    this.scan(from === 0 && to === text.length ? text : text.slice(from, to), from, !afterToken);
  }

  private scan(source: string, offset: number, lineStart: boolean): void {
    let newline = lineStart;
    let hint: Token | undefined;
    const n = source.length;
    let i = 0;
    while (i < n) {
      const code = scanToken(source, i, this.dialect);
      const start = i;
      i = scannedEnd();
      if (code >= TokenCode.Hint) {
        if (code === TokenCode.Hint) hint = { kind: 'hint', start: start + offset, end: i + offset };
        else if (code === TokenCode.LineComment || (!newline && code === TokenCode.Whitespace && hasNewline(source, start, i))) newline = true;
        continue;
      }
      if (hint) this.hintBefore.set(this.count, hint);
      this.push(code, start + offset, i + offset, newline, code === TokenCode.Word ? upperWord(source, start, i) : code === TokenCode.Op ? opText(source, start, i) : '');
      newline = false;
      hint = undefined;
    }
    if (hint) this.hintBefore.set(this.count, hint);
    this.push(TokenCode.Eof, n + offset, n + offset, newline, '');
  }

  private push(code: TokenCode, start: number, end: number, newline: boolean, up: string): void {
    if (this.count === this.kinds.length) this.grow();
    const k = this.count++;
    this.kinds[k] = code;
    this.starts[k] = start;
    this.ends[k] = end;
    this.lineStarts[k] = newline ? 1 : 0;
    this.up.push(up);
  }

  private grow(): void {
    const b = newBuffers(this.kinds.length * 2);
    b.kinds.set(this.kinds);
    b.starts.set(this.starts);
    b.ends.set(this.ends);
    b.lineStarts.set(this.lineStarts);
    this.buffers = b;
    ({ kinds: this.kinds, starts: this.starts, ends: this.ends, lineStarts: this.lineStarts } = b);
  }

  /** Hands the token arrays to the next parse; call once the tree is built (nodes never point at them). */
  release(): void {
    releaseBuffers(this.buffers);
  }

  // ------------------------------------------------------------ looking

  /** Kind of the token `k` ahead; `eof` once halted. */
  kind(k = 0): TokenKind {
    if (this.halted) return 'eof';
    return TOKEN_KINDS[this.kinds[Math.min(this.pos + k, this.count - 1)]];
  }

  /** Kind of token `i` (ignores halting). */
  kindAt(i: number): TokenKind {
    return TOKEN_KINDS[this.kinds[Math.min(i, this.count - 1)]];
  }

  /** True when token `i` is the first significant token on its line. */
  startsLine(i: number): boolean {
    return this.lineStarts[i] === 1;
  }

  /** Upper-cased word or operator text `k` tokens ahead ('' for other kinds and once halted). */
  peek(k = 0): string {
    if (this.halted) return '';
    const i = this.pos + k;
    return i < this.count ? this.up[i] : '';
  }

  at(s: string): boolean {
    return this.peek() === s;
  }

  at2(a: string, b: string): boolean {
    return this.peek() === a && this.peek(1) === b;
  }

  atEnd(): boolean {
    if (this.halted) return true;
    const code = this.kinds[this.pos];
    return code === TokenCode.Eof || (code === TokenCode.Op && this.up[this.pos] === ';');
  }

  /** Token `i` (ignores halting; past the end, the `eof` token). */
  tokenAt(i: number): Token {
    const k = Math.min(i, this.count - 1);
    return { kind: TOKEN_KINDS[this.kinds[k]], start: this.starts[k], end: this.ends[k] };
  }

  /** The current real token (ignores halting). */
  token(): Token {
    return this.tokenAt(this.pos);
  }

  /** Start offset of the current token, or the end of the last one once halted. */
  start(): number {
    return this.halted ? this.lastEnd : this.starts[Math.min(this.pos, this.count - 1)];
  }

  textOf(t: Token): string {
    return this.text.slice(t.start, t.end);
  }

  // ------------------------------------------------------------ consuming

  /** Consumes the current token (nothing once halted or at the end). */
  next(): void {
    if (this.halted || this.kinds[this.pos] === TokenCode.Eof) return;
    this.lastEnd = this.ends[this.pos];
    this.pos++;
  }

  /** Consumes the current token and returns it. */
  take(): Token {
    const t = this.token();
    this.next();
    return t;
  }

  eat(s: string): boolean {
    if (this.peek() !== s) return false;
    this.next();
    return true;
  }

  /** Consumes `s` or records "unexpected X, expected 's'" (or "did you mean S?" at a misspelling of it). */
  expect(s: string): boolean {
    if (this.eat(s)) return true;
    this.unexpected(`'${s}'`, [s]);
    return false;
  }

  /** Consumes `)` closing the `(` at `open`, or records an error pointing back at it. */
  close(open: number): boolean {
    if (this.eat(')')) return true;
    if (!this.misspelt(CLAUSE_KEYWORDS)) this.error(`${this.describe()}: expected ')' to close '(' at ${this.lineCol(open)}`);
    return false;
  }

  /** Skips the rest of the statement; a bad token on the way (unterminated string, ...) is still an error. */
  skipToEnd(): void {
    while (!this.atEnd()) {
      if (this.kinds[this.pos] === TokenCode.Bad) {
        this.error(this.describe());
        return;
      }
      this.next();
    }
  }

  // ------------------------------------------------------------ errors

  /** Records an error on the current token and halts the statement. */
  error(message: string): void {
    if (this.halted) return;
    this.record(message);
    this.halted = true;
  }

  /** Records an error on the current token but keeps parsing (for mistakes that are easy to step over). */
  softError(message: string): void {
    if (!this.halted) this.record(message);
  }

  /** One error per offending token: a second complaint about the same token would be a cascade. */
  private record(message: string): void {
    const t = this.token();
    // An unterminated string or comment runs to the end of the text: point at its opening instead.
    this.recordAt(message, t.start, t.kind === 'bad' ? t.start + openingLength(this.text, t) : t.end);
  }

  private recordAt(message: string, start: number, end: number): void {
    const last = this.errors[this.errors.length - 1];
    if (last && last.start === start) return;
    this.errors.push({ message, start, end });
  }

  /**
   * "unexpected X, expected Y"; a bad token (unterminated string, ...) speaks for itself. With
   * `keywords`, a misspelling of one of them at or just before the cursor is reported there instead.
   */
  unexpected(expected: string, keywords?: readonly string[]): void {
    if (keywords && (this.misspelt(keywords) || this.missingBy())) return;
    this.error(this.token().kind === 'bad' ? this.describe() : `${this.describe()}, expected ${expected}`);
  }

  /** At an error on `ORDER a` (also GROUP, SORT, ...): reports the missing BY where it belongs. */
  private missingBy(): boolean {
    const word = this.up[this.pos];
    if (word === 'PARTITION' || KEYWORD_FOLLOWERS[word]?.[0] !== 'BY' || this.kindAt(this.pos) !== 'word' || this.up[this.pos + 1] === 'BY') return false;
    const next = this.tokenAt(this.pos + 1);
    const what = next.kind === 'eof' ? 'end of input' : `'${this.textOf(next)}'`;
    this.recordAt(`unexpected ${what}, expected BY after ${word}`, next.start, next.end);
    this.halted = true;
    return true;
  }

  /**
   * At an error: when the current word, or else the plain word just before it (read as an alias or
   * a name, `SELECT a FORM t`), misspells one of `keywords` — or the word after a keyword that
   * needs one (`LEFT JION`) misspells what follows it — records "did you mean K?" on that word and
   * halts. Only called where parsing already failed, so valid SQL never gets a suggestion.
   */
  misspelt(keywords: readonly string[]): boolean {
    if (this.halted) return false;
    const followers = KEYWORD_FOLLOWERS[this.up[this.pos]];
    // The keyword is known, so even a two-letter follower is a typo: `STORED AZ`, `GROUP BT`.
    if (followers && this.kindAt(this.pos) === 'word' && this.misspeltAt(this.pos + 1, followers, 2)) return true;
    return this.misspeltAt(this.pos, keywords) || (this.pos > 0 && this.up[this.pos] !== ',' && this.misspeltAt(this.pos - 1, keywords));
  }

  private misspeltAt(i: number, keywords: readonly string[], minLength?: number): boolean {
    if (this.kindAt(i) !== 'word' || NEVER_MISSPELT.has(this.up[i])) return false;
    const keyword = misspeltKeyword(this.up[i], keywords, minLength);
    if (!keyword) return false;
    this.recordAt(`unexpected '${this.text.slice(this.starts[i], this.ends[i])}', did you mean ${keyword}?`, this.starts[i], this.ends[i]);
    this.halted = true;
    return true;
  }

  /** Records "missing ',' before 'c'?" between the last consumed token and the current one, and halts. */
  missingComma(): void {
    if (this.halted) return;
    const t = this.token();
    this.recordAt(`missing ',' before '${this.textOf(t)}'?`, this.lastEnd, t.start);
    this.halted = true;
  }

  /** "unexpected 'FROM'", "unexpected end of input", or what is wrong with a bad token. */
  describe(): string {
    const t = this.token();
    if (t.kind === 'eof') return 'unexpected end of input';
    if (t.kind === 'bad') return badTokenMessage(this.text, t);
    const s = this.textOf(t);
    return `unexpected '${s.length > 40 ? s.slice(0, 40) + '...' : s}'`;
  }

  lineCol(offset: number): string {
    let line = 1;
    let col = 1;
    for (let i = 0; i < offset; i++) {
      if (this.text.charCodeAt(i) === 10) {
        line++;
        col = 1;
      } else col++;
    }
    return `${line}:${col}`;
  }

  /** Enters a nested construct; false (with an error) when nesting is pathologically deep. */
  enter(): boolean {
    if (++this.depth <= MAX_DEPTH) return true;
    this.error(`nesting too deep (more than ${MAX_DEPTH} levels)`);
    return false;
  }

  leave(): void {
    this.depth--;
  }

  /**
   * The statement loop's safety net when a caller with a deep stack of its own runs out of stack
   * below `MAX_DEPTH`: the statement is reported as too deep, never a crash.
   */
  outOfStack(): void {
    this.depth = 0;
    this.error('nesting too deep (the parser ran out of stack)');
  }

  // ------------------------------------------------------------ names

  /** True when the current token can be an identifier (word, quoted or `${var}`). */
  atIdent(): boolean {
    const k = this.kind();
    return k === 'word' || k === 'quoted' || k === 'variable';
  }

  /** Reads an identifier; records "expected <what>" when there is none. */
  ident(what = 'an identifier'): Identifier | undefined {
    if (!this.atIdent()) {
      this.unexpected(what);
      return undefined;
    }
    return this.identAt(this.take());
  }

  identAt(t: Token): Identifier {
    if (t.kind === 'quoted') {
      const q = this.text[t.start];
      const name = this.text.slice(t.start + 1, t.end - 1).split(q + q).join(q);
      return { kind: 'Identifier', name, quoted: true, start: t.start, end: t.end };
    }
    return { kind: 'Identifier', name: this.textOf(t), quoted: false, start: t.start, end: t.end };
  }

  /** `a.b.c`; stops at a missing part after a dot (recording an error). */
  qualifiedName(what = 'a name'): QualifiedName | undefined {
    const first = this.ident(what);
    if (!first) return undefined;
    const parts = [first];
    while (this.at('.')) {
      this.next();
      const part = this.ident(what);
      if (!part) break;
      parts.push(part);
    }
    return { kind: 'QualifiedName', parts, start: first.start, end: this.lastEnd };
  }

  /** Parenthesised comma list of identifiers: `(a, b)`. */
  identList(what = 'a column name'): Identifier[] {
    const open = this.start();
    const out: Identifier[] = [];
    if (!this.expect('(')) return out;
    do {
      const id = this.ident(what);
      if (!id) return out;
      out.push(id);
    } while (this.eat(','));
    this.close(open);
    return out;
  }

  /** Span from `start` to the end of the last consumed token. */
  span(start: number): Span {
    return { start, end: Math.max(start, this.lastEnd) };
  }
}

interface TokenBuffers {
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  lineStarts: Uint8Array;
}

/** Released arrays, reused by the next parse: allocating typed arrays dominates small inputs. */
let spare: TokenBuffers | undefined;
/** Arrays beyond this many tokens (about 10 MB) are not kept after their parse. */
const MAX_SPARE = 1 << 20;

function newBuffers(size: number): TokenBuffers {
  return { kinds: new Uint8Array(size), starts: new Int32Array(size), ends: new Int32Array(size), lineStarts: new Uint8Array(size) };
}

/** The spare arrays when free and big enough; nested parsers (hints) get fresh ones. */
function takeBuffers(size: number): TokenBuffers {
  const b = spare;
  if (b && b.kinds.length >= size) {
    spare = undefined;
    return b;
  }
  return newBuffers(size);
}

function releaseBuffers(b: TokenBuffers): void {
  if (b.kinds.length <= MAX_SPARE && (!spare || spare.kinds.length < b.kinds.length)) spare = b;
}

/** One-character operators come from a table instead of a fresh slice. */
const SINGLE_OPS: string[] = [];
for (let c = 0; c < 128; c++) SINGLE_OPS.push(String.fromCharCode(c));

function opText(text: string, start: number, end: number): string {
  return end - start === 1 ? SINGLE_OPS[text.charCodeAt(start)] ?? text[start] : text.slice(start, end);
}

function hasNewline(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
