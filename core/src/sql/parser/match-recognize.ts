import type { AfterMatchSkip, MatchMeasure, MatchRecognize, PatternDefine, PatternSubset, PatternTerm, Relation, RowPattern } from '../ast';
import { errorExpr, parseExpr, parseExprList } from './expressions';
import { NOT_AN_ALIAS } from './keywords';
import type { Parser } from './parser';
import { parseAlias } from './relations';
import { parseOrderItems } from './windows';

/** True at Flink's `MATCH_RECOGNIZE (` after a FROM item. */
export function atMatchRecognize(p: Parser): boolean {
  return p.at('MATCH_RECOGNIZE') && p.peek(1) === '(';
}

/** `source MATCH_RECOGNIZE ( ... ) [[AS] alias [(columns)]]`; the cursor is on MATCH_RECOGNIZE. */
export function parseMatchRecognize(p: Parser, source: Relation): MatchRecognize {
  p.next();
  const open = p.start();
  p.next();
  const match: MatchRecognize = {
    kind: 'MatchRecognize', source, partitionBy: [], orderBy: [], measures: [], subsets: [], defines: [],
    pattern: { kind: 'RowPattern', alternatives: [], start: open, end: open }, start: source.start, end: open,
  };
  if (eat2(p, 'PARTITION', 'BY')) match.partitionBy = parseExprList(p);
  if (eat2(p, 'ORDER', 'BY')) match.orderBy = parseOrderItems(p);
  if (p.eat('MEASURES')) match.measures = commaList(p, parseMeasure);
  match.rowsPerMatch = parseRowsPerMatch(p);
  if (p.at('AFTER')) match.afterMatch = parseAfterMatch(p);
  if (p.expect('PATTERN')) match.pattern = parsePatternParens(p);
  if (p.eat('WITHIN')) match.within = parseExpr(p);
  if (p.eat('SUBSET')) match.subsets = commaList(p, parseSubset);
  if (p.expect('DEFINE')) match.defines = commaList(p, parseDefine);
  p.close(open);
  parseAlias(p, match);
  match.end = p.lastEnd;
  return match;
}

function eat2(p: Parser, a: string, b: string): boolean {
  if (!p.at2(a, b)) return false;
  p.next();
  p.next();
  return true;
}

function commaList<T>(p: Parser, item: (p: Parser) => T | undefined): T[] {
  const out: T[] = [];
  do {
    const x = item(p);
    if (!x) break;
    out.push(x);
  } while (p.eat(','));
  return out;
}

function parseMeasure(p: Parser): MatchMeasure {
  const start = p.start();
  const measure: MatchMeasure = { kind: 'MatchMeasure', expr: errorExpr(p), start, end: start };
  if ((p.at('FINAL') || p.at('RUNNING')) && p.kind(1) === 'word' && p.peek(2) === '(') {
    measure.semantics = p.peek() as MatchMeasure['semantics'];
    p.next();
  }
  measure.expr = parseExpr(p);
  if (p.eat('AS')) measure.alias = p.ident('a measure name');
  else if (p.atIdent() && !NOT_AN_ALIAS.has(p.peek()) && !CLAUSES.has(p.peek())) measure.alias = p.identAt(p.take());
  measure.end = p.lastEnd;
  return measure;
}

/** Words that end the MEASURES list (they start the next clause, never a measure's alias). */
const CLAUSES = new Set(['ONE', 'ALL', 'AFTER', 'PATTERN', 'DEFINE', 'SUBSET', 'WITHIN']);

/** `ONE ROW PER MATCH`, `ALL ROWS PER MATCH [SHOW EMPTY MATCHES | OMIT EMPTY MATCHES | WITH UNMATCHED ROWS]`. */
function parseRowsPerMatch(p: Parser): MatchRecognize['rowsPerMatch'] {
  const one = p.at('ONE');
  if (!one && !p.at('ALL')) return undefined;
  p.next();
  if (p.expect(one ? 'ROW' : 'ROWS') && p.expect('PER')) p.expect('MATCH');
  if (!one) skipAllRowsOption(p);
  return one ? 'ONE ROW PER MATCH' : 'ALL ROWS PER MATCH';
}

function skipAllRowsOption(p: Parser): void {
  if ((p.at('SHOW') || p.at('OMIT')) && p.peek(1) === 'EMPTY') {
    p.next();
    p.next();
    p.expect('MATCHES');
  } else if (p.at2('WITH', 'UNMATCHED')) {
    p.next();
    p.next();
    p.expect('ROWS');
  }
}

/** `AFTER MATCH SKIP PAST LAST ROW | TO NEXT ROW | TO FIRST v | TO LAST v | TO v`. */
function parseAfterMatch(p: Parser): AfterMatchSkip {
  const start = p.start();
  p.next();
  const skip: AfterMatchSkip = { kind: 'AfterMatchSkip', to: 'PAST LAST ROW', start, end: start };
  if (!p.expect('MATCH') || !p.expect('SKIP')) return skip;
  if (p.eat('PAST')) {
    if (p.expect('LAST')) p.expect('ROW');
  } else if (p.expect('TO')) {
    if (p.eat('NEXT')) {
      p.expect('ROW');
      skip.to = 'NEXT ROW';
    } else {
      // `TO FIRST A` / `TO LAST A`; a lone `FIRST` before the next clause would be a variable of that name.
      const w = p.peek();
      if ((w === 'FIRST' || w === 'LAST') && p.kind(1) !== 'op' && p.peek(1) !== 'PATTERN') {
        skip.to = w;
        p.next();
      } else skip.to = 'VARIABLE';
      skip.variable = p.ident('a pattern variable');
    }
  }
  skip.end = p.lastEnd;
  return skip;
}

function parsePatternParens(p: Parser): RowPattern {
  const open = p.start();
  if (!p.expect('(')) return { kind: 'RowPattern', alternatives: [], start: open, end: open };
  const pattern = parsePattern(p);
  p.close(open);
  return pattern;
}

/** `A B+ | C`: alternatives of term sequences, up to `)` (or `-}` inside an exclusion). */
function parsePattern(p: Parser): RowPattern {
  const pattern: RowPattern = { kind: 'RowPattern', alternatives: [], start: p.start(), end: p.start() };
  if (!p.enter()) return pattern;
  try {
    do {
      const terms: PatternTerm[] = [];
      while (!p.atEnd() && !p.at(')') && !p.at('|') && !p.at(',') && !atExclusionEnd(p)) {
        const term = parseTerm(p);
        if (!term) break;
        terms.push(term);
      }
      if (terms.length === 0) p.unexpected('a pattern variable');
      pattern.alternatives.push(terms);
    } while (p.eat('|'));
  } finally {
    p.leave();
  }
  pattern.end = p.lastEnd;
  return pattern;
}

function atExclusionEnd(p: Parser): boolean {
  return p.at('-') && p.peek(1) === '}';
}

function parseTerm(p: Parser): PatternTerm | undefined {
  const start = p.start();
  const term: PatternTerm = { kind: 'PatternTerm', start, end: start };
  const w = p.peek();
  if (w === '^' || w === '$') {
    p.next();
    term.anchor = w;
  } else if (w === '(') term.group = parsePatternParens(p);
  else if (w === '{' && p.peek(1) === '-') {
    p.next();
    p.next();
    term.group = parsePattern(p);
    term.exclude = true;
    if (p.expect('-')) p.expect('}');
  } else if (w === 'PERMUTE' && p.peek(1) === '(') {
    p.next();
    const open = p.start();
    p.next();
    term.permute = commaList(p, parsePattern);
    p.close(open);
  } else if (p.atIdent()) term.variable = p.identAt(p.take());
  else {
    p.unexpected('a pattern variable');
    return undefined;
  }
  term.quantifier = parseQuantifier(p);
  term.end = p.lastEnd;
  return term;
}

/** `*`, `+`, `?`, `{n}`, `{n,}`, `{,m}`, `{n,m}`, each optionally reluctant (`?`); the text without spaces. */
function parseQuantifier(p: Parser): string | undefined {
  let q: string;
  if (p.at('*') || p.at('+') || p.at('?')) {
    q = p.peek();
    p.next();
  } else if (p.at('{') && p.peek(1) !== '-') {
    q = parseBounds(p);
    if (!q) return undefined;
  } else return undefined;
  if (p.eat('?')) q += '?';
  return q;
}

function parseBounds(p: Parser): string {
  p.next();
  let q = '{';
  if (p.kind() === 'number') q += p.textOf(p.take());
  if (p.eat(',')) {
    q += ',';
    if (p.kind() === 'number') q += p.textOf(p.take());
  }
  if (q === '{' || q === '{,') {
    p.unexpected('a repetition count');
    return '';
  }
  return p.expect('}') ? q + '}' : '';
}

function parseSubset(p: Parser): PatternSubset | undefined {
  const start = p.start();
  const name = p.ident('a subset name');
  if (!name || !p.expect('=')) return undefined;
  const variables = p.identList('a pattern variable');
  return { kind: 'PatternSubset', name, variables, start, end: p.lastEnd };
}

function parseDefine(p: Parser): PatternDefine | undefined {
  const start = p.start();
  const variable = p.ident('a pattern variable');
  if (!variable) return undefined;
  const condition = p.expect('AS') ? parseExpr(p) : errorExpr(p);
  return { kind: 'PatternDefine', variable, condition, start, end: p.lastEnd };
}
