import type { Dialect, Identifier, QualifiedName, Span, SyntaxError } from '../ast';
import { isTrivia, type Token, type TokenKind } from '../tokens';

/** Deepest nesting of expressions/queries before the parser reports an error instead of recursing. */
const MAX_DEPTH = 200;

/**
 * Cursor over the significant tokens of one text, with error recording.
 *
 * Error model: the first error in a statement is recorded and the cursor *halts* — from then on it
 * reports end-of-input, so every parse function unwinds naturally and returns its partial node
 * without cascades. The statement loop then resynchronises on the real position and resumes.
 */
export class Parser {
  /** Significant tokens (no trivia), ending with `eof`. */
  readonly toks: Token[] = [];
  /** Upper-cased text of word tokens, operator text of op tokens, '' otherwise — computed once. */
  readonly up: string[] = [];
  /** True when token i is the first significant token on its line. */
  readonly lineStart: boolean[] = [];
  /** The `/*+ ... *\/` hint comment just before token i, if any (sparse: hints are rare). */
  readonly hintBefore = new Map<number, Token>();
  readonly errors: SyntaxError[] = [];
  pos = 0;
  halted = false;
  /** End offset of the last consumed token. */
  lastEnd = 0;
  depth = 0;

  constructor(readonly text: string, readonly dialect: Dialect, tokens: Token[]) {
    let newline = true;
    let hint: Token | undefined;
    // Upper-casing allocates; identifiers and keywords repeat a lot, so share one copy per spelling.
    const upper = new Map<string, string>();
    for (const t of tokens) {
      if (isTrivia(t.kind)) {
        if (t.kind === 'hint') hint = t;
        else if (!newline && t.kind !== 'block-comment' && hasNewline(text, t)) newline = true;
        if (t.kind === 'line-comment') newline = true;
        continue;
      }
      if (hint) this.hintBefore.set(this.toks.length, hint);
      this.toks.push(t);
      this.up.push(t.kind === 'word' ? upperOf(upper, text.slice(t.start, t.end)) : t.kind === 'op' ? opText(text, t) : '');
      this.lineStart.push(newline);
      newline = false;
      hint = undefined;
    }
  }

  // ------------------------------------------------------------ looking

  /** Kind of the token `k` ahead; `eof` once halted. */
  kind(k = 0): TokenKind {
    if (this.halted) return 'eof';
    const i = Math.min(this.pos + k, this.toks.length - 1);
    return this.toks[i].kind;
  }

  /** Upper-cased word or operator text `k` tokens ahead ('' for other kinds and once halted). */
  peek(k = 0): string {
    if (this.halted) return '';
    const i = this.pos + k;
    return i < this.up.length ? this.up[i] : '';
  }

  at(s: string): boolean {
    return this.peek() === s;
  }

  at2(a: string, b: string): boolean {
    return this.peek() === a && this.peek(1) === b;
  }

  atEnd(): boolean {
    const k = this.kind();
    return k === 'eof' || (k === 'op' && this.up[this.pos] === ';');
  }

  /** The current real token (ignores halting). */
  token(): Token {
    return this.toks[Math.min(this.pos, this.toks.length - 1)];
  }

  /** Start offset of the current token, or the end of the last one once halted. */
  start(): number {
    return this.halted ? this.lastEnd : this.token().start;
  }

  textOf(t: Token): string {
    return this.text.slice(t.start, t.end);
  }

  // ------------------------------------------------------------ consuming

  next(): Token {
    const t = this.token();
    if (!this.halted && t.kind !== 'eof') {
      this.pos++;
      this.lastEnd = t.end;
    }
    return t;
  }

  eat(s: string): boolean {
    if (this.peek() !== s) return false;
    this.next();
    return true;
  }

  /** Consumes `s` or records "unexpected X, expected 's'". */
  expect(s: string): boolean {
    if (this.eat(s)) return true;
    this.unexpected(`'${s}'`);
    return false;
  }

  /** Consumes `)` closing the `(` at `open`, or records an error pointing back at it. */
  close(open: number): boolean {
    if (this.eat(')')) return true;
    this.error(`${this.describe()}: expected ')' to close '(' at ${this.lineCol(open)}`);
    return false;
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
    const last = this.errors[this.errors.length - 1];
    if (last && last.start === t.start) return;
    this.errors.push({ message, start: t.start, end: t.end });
  }

  /** "unexpected X, expected Y"; a bad token (unterminated string, ...) speaks for itself. */
  unexpected(expected: string): void {
    this.error(this.token().kind === 'bad' ? this.describe() : `${this.describe()}, expected ${expected}`);
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
    return this.identAt(this.next());
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

function upperOf(cache: Map<string, string>, word: string): string {
  let u = cache.get(word);
  if (u === undefined) {
    u = word.toUpperCase();
    cache.set(word, u);
  }
  return u;
}

/** One-character operators come from a table instead of a fresh slice. */
const SINGLE_OPS: string[] = [];
for (let c = 0; c < 128; c++) SINGLE_OPS.push(String.fromCharCode(c));

function opText(text: string, t: Token): string {
  return t.end - t.start === 1 ? SINGLE_OPS[text.charCodeAt(t.start)] ?? text[t.start] : text.slice(t.start, t.end);
}

function hasNewline(text: string, t: Token): boolean {
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function badTokenMessage(text: string, t: Token): string {
  const c = text[t.start];
  if (c === "'" || c === '"') return 'unterminated string literal';
  if (c === '`') return 'unterminated quoted identifier';
  if (text.startsWith('/*', t.start)) return 'unterminated block comment';
  if (text.startsWith('${', t.start)) return "unterminated variable: expected '}'";
  if ((c === 'r' || c === 'R') && t.end - t.start > 1) return 'unterminated string literal';
  return `unexpected character '${text.slice(t.start, t.end)}'`;
}
