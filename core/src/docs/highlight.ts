import { reservedWords } from '../lint/reserved-words';
import { tokenize, type Dialect, type TokenKind } from '../sql';
import type { SqlSegment } from './model';

/** Words that are keywords wherever they appear in DDL and DML, beyond the reserved ones. */
const MORE_KEYWORDS = new Set(['overwrite', 'partitioned', 'stored', 'comment', 'temporary', 'limit', 'asc', 'desc', 'view', 'watermark', 'tblproperties', 'explode', 'orc', 'parquet']);

const CLASSES: Partial<Record<TokenKind, string>> = {
  string: 's', number: 'n', quoted: 'q', variable: 'v', 'line-comment': 'c', 'block-comment': 'c', hint: 'c', bad: 'b',
};

/**
 * SQL as highlighted segments, from our own lexer at build time, so the site ships no parser:
 * `k` keyword, `f` function call, `s` string, `n` number, `q` quoted name, `v` `${variable}`,
 * `c` comment, `b` bad token, '' anything else; a `${variable}` inside a string is `v` too. Neighbouring segments of one class are merged.
 */
export function highlightSql(text: string, dialect: Dialect): SqlSegment[] {
  const tokens = tokenize(text, dialect);
  const reserved = reservedWords(dialect);
  const segments: SqlSegment[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'eof') break;
    const piece = text.slice(t.start, t.end);
    let cls = CLASSES[t.kind] ?? '';
    if (t.kind === 'word') {
      const word = piece.toLowerCase();
      if (reserved.has(word) || MORE_KEYWORDS.has(word)) cls = 'k';
      else if (text[t.end] === '(') cls = 'f';
    }
    if (t.kind === 'string') for (const [c, part] of variablesIn(piece)) push(segments, c, part, false);
    else push(segments, cls, piece, t.kind === 'whitespace');
  }
  return segments;
}

/** Appends a segment, merged into the previous one when it has the same class (whitespace joins any). */
function push(segments: SqlSegment[], cls: string, text: string, whitespace: boolean): void {
  const last = segments[segments.length - 1];
  if (last && (last[0] === cls || whitespace)) last[1] += text;
  else segments.push([cls, text]);
}

/** A string literal split around the `${variables}` in it: the scheduler fills them in. */
function variablesIn(literal: string): SqlSegment[] {
  return literal.split(/(\$\{[A-Za-z_][A-Za-z0-9_:]*\})/).filter((p) => p !== '').map((p): SqlSegment => [p.startsWith('${') ? 'v' : 's', p]);
}
