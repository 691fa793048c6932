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
 * `c` comment, `b` bad token, '' anything else. Neighbouring segments of one class are merged.
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
    const last = segments[segments.length - 1];
    if (last && (last[0] === cls || (t.kind === 'whitespace' && cls === ''))) last[1] += piece;
    else segments.push([cls, piece]);
  }
  return segments;
}
