import type { Dialect, Script, Statement, SyntaxError } from './ast';
import { Parser } from './parser/parser';
import { nextStatement } from './parser/script';
import { shiftSpans } from './shift-spans';

/** One turn of the parser's statement loop: where it took up the text, where it stopped, what it found. */
export interface ParsedStatement {
  /** Where the loop started: the end of the previous statement's last token (0 for the first). */
  from: number;
  /** The end of its last token (after a syntax error, of the last token skipped). */
  end: number;
  /** Absent when the parser ran out of stack. */
  statement?: Statement;
  errors: SyntaxError[];
  /** It ended at a `;` and had no syntax error: its parse looked no further than that `;`. */
  settled: boolean;
  /** Where the text its parse depends on ends: after its `;` when settled. */
  reach: number;
}

/** A script and the statement loop's turns that built it: what {@link reparse} starts from. */
export interface ParsedScript {
  script: Script;
  statements: ParsedStatement[];
}

/**
 * Parses `text` again after an edit of `previous`'s text, re-parsing only the statements the edit
 * touched: the statements before it keep their trees; the loop restarts at the first statement
 * the edit reaches and runs until it reaches, after the edit, a point where the previous parse
 * started a statement too — from there the text and the parser's state are the same, so the
 * previous statements are kept, their offsets moved. The result equals `parse(text, dialect)`.
 * `previous` is consumed (its later trees are moved in place).
 */
export function reparse(previous: ParsedScript | undefined, text: string, dialect: Dialect): ParsedScript {
  if (!previous || previous.script.dialect !== dialect) return assemble(text, dialect, parseFrom(text, dialect, 0, () => undefined));
  const old = previous.script.text;
  if (old === text) return previous;
  const { start, oldEnd, delta } = changedRange(old, text);
  const parts = previous.statements;
  const first = firstToParse(parts, start);
  const resumeAt = new Map<number, number>();
  parts.forEach((s, i) => {
    if (i > first && s.from >= oldEnd) resumeAt.set(s.from + delta, i);
  });
  const tailFrom = (at: number) => resumeAt.get(at);
  const fresh = parseFrom(text, dialect, first === 0 ? 0 : parts[first - 1].end, tailFrom);
  // A syntax error may name a line and column (`'(' at 3:7`): those statements are parsed again where they are now.
  const tail = fresh.resume === undefined ? [] : parts.slice(fresh.resume).map((s) => (s.errors.length > 0 ? parseOne(text, dialect, s.from + delta) : moved(s, delta)));
  return assemble(text, dialect, { parsed: [...parts.slice(0, first), ...fresh.parsed, ...tail] });
}

/** {@link reparse} without a previous parse: the whole text, statement by statement. */
export function parseStatementwise(text: string, dialect: Dialect): ParsedScript {
  return reparse(undefined, text, dialect);
}

/**
 * The first statement to parse again: the first whose text the edit reaches, or an earlier one
 * when the statements before it are not settled (a statement with a syntax error, or without its
 * `;`, may have looked further: recovery reads the statement keywords after it).
 */
function firstToParse(parts: ParsedStatement[], start: number): number {
  let i = parts.findIndex((s) => s.reach >= start);
  if (i < 0) i = parts.length;
  while (i > 0 && !parts[i - 1].settled) i--;
  return i;
}

/**
 * Runs the statement loop from offset `from` (the end of a token, or 0) until the end, or until
 * `resume(offset)` names a previous statement starting where the loop stands.
 */
function parseFrom(text: string, dialect: Dialect, from: number, resume: (at: number) => number | undefined): { parsed: ParsedStatement[]; resume?: number } {
  const p = new Parser(text, dialect, from, text.length, from > 0);
  const parsed: ParsedStatement[] = [];
  try {
    for (;;) {
      const at = p.lastEnd;
      const previous = parsed.length > 0 ? resume(at) : undefined;
      if (previous !== undefined) return { parsed, resume: previous };
      const errors = p.errors.length;
      const next = nextStatement(p, false);
      if (!next) return { parsed };
      const found = p.errors.slice(errors);
      const settled = found.length === 0 && p.peek() === ';';
      parsed.push({ from: at, end: p.lastEnd, statement: next.statement, errors: found, settled, reach: settled ? p.token().end : p.lastEnd });
    }
  } finally {
    p.release();
  }
}

/** The one statement the loop parses from `from`. */
function parseOne(text: string, dialect: Dialect, from: number): ParsedStatement {
  return parseFrom(text, dialect, from, (at) => (at > from ? -1 : undefined)).parsed[0];
}

function moved(s: ParsedStatement, delta: number): ParsedStatement {
  if (delta === 0) return s;
  shiftSpans(s.statement, delta);
  shiftSpans(s.errors, delta);
  return { ...s, from: s.from + delta, end: s.end + delta, reach: s.reach + delta };
}

function assemble(text: string, dialect: Dialect, { parsed }: { parsed: ParsedStatement[] }): ParsedScript {
  const statements = parsed.flatMap((s) => (s.statement ? [s.statement] : []));
  return { script: { dialect, text, statements, errors: parsed.flatMap((s) => s.errors) }, statements: parsed };
}

/** Where two texts differ: from `start` to `oldEnd` in the old one, which grew by `delta`. */
function changedRange(old: string, text: string): { start: number; oldEnd: number; delta: number } {
  const shorter = Math.min(old.length, text.length);
  let start = 0;
  while (start < shorter && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < shorter - start && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  return { start, oldEnd: old.length - suffix, delta: text.length - old.length };
}
