import type { Token } from '../../sql';
import { createRule } from '../rule';
import { isWord, nextSignificant } from '../token-scan';

/**
 * Words that start a clause. A line that starts with one (and the word is no name) is checked
 * against the unit; any other line may be a continuation aligned under something above it.
 */
const CLAUSE_STARTS = new Set(`
  SELECT FROM WHERE GROUP ORDER HAVING LIMIT QUALIFY WINDOW JOIN LEFT RIGHT FULL INNER CROSS SEMI ANTI
  UNION INTERSECT EXCEPT MINUS WITH INSERT LATERAL CLUSTER DISTRIBUTE SORT
`.trim().split(/\s+/));

/** Words that open a query inside parentheses (Hive also starts one with FROM). */
const QUERY_STARTS = ['SELECT', 'WITH', 'FROM', 'VALUES'];

export default createRule({
  code: 'ST06',
  name: 'indentation',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    tab: 'indentation uses a tab: indent with spaces',
    unit: 'clause keyword indentation {{width}} is not a multiple of {{unit}} spaces: indent by whole units',
  },
  options: {
    unit: { description: 'Spaces per indentation level; a clause keyword that starts a line is indented by a multiple of it.', default: 2 },
  },
  docs: {
    description:
      'Lines are indented with spaces, never tabs (fix: each tab becomes spaces up to the next unit stop), and a clause keyword (SELECT, FROM, WHERE, JOIN, ...) that starts a line is indented by a multiple of `unit`. Continuation lines may align freely.',
    incorrect: 'SELECT a\n\tFROM t\n   WHERE a > 0\n',
    correct: 'SELECT a,\n       b\nFROM t\n  JOIN s\n   ON t.id = s.id\n',
  },
  create(context) {
    const { text, tokens } = context;
    const unit = Math.max(1, Math.floor(context.options.unit));
    // One entry per open parenthesis: does a query start inside it? Clause words inside any other
    // parentheses (`OVER (PARTITION BY ... ORDER BY ...)`) continue an expression.
    const parens: boolean[] = [];
    return {
      token(token, i) {
        if (token.kind === 'op') trackParens(token, i);
        if (token.kind !== 'whitespace') return;
        // Indentation is what follows the token's last line break, or the whole token at the file start.
        let lineStart = token.end;
        while (lineStart > token.start && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
        if (lineStart > token.start || i === 0) check(lineStart, token.end, tokens[i + 1]);
      },
    };
    function check(start: number, end: number, next: Token | undefined): void {
      if (start === end || next === undefined || next.kind === 'eof') return;
      let width = 0;
      let tabs = false;
      for (let k = start; k < end; k++) {
        if (text.charCodeAt(k) === 9) {
          tabs = true;
          width = (Math.floor(width / unit) + 1) * unit;
        } else width++;
      }
      if (tabs) {
        context.report({ messageId: 'tab', start, end, fix: [{ start, end, newText: ' '.repeat(width) }] });
      } else if (width % unit !== 0 && startsClause(next)) {
        context.report({ messageId: 'unit', data: { width: String(width), unit: String(unit) }, start, end });
      }
    }
    function trackParens(token: Token, i: number): void {
      const c = text.charCodeAt(token.start);
      if (c === 40) parens.push(QUERY_STARTS.some((word) => isWord(text, tokens[nextSignificant(tokens, i)], word)));
      else if (c === 41) parens.pop();
      // A statement with unbalanced parentheses must not skew the next one.
      else if (c === 59) parens.length = 0;
    }
    function startsClause(token: Token): boolean {
      if (parens.length > 0 && !parens[parens.length - 1]) return false;
      if (token.kind !== 'word' || !CLAUSE_STARTS.has(text.slice(token.start, token.end).toUpperCase())) return false;
      return !context.isName(token.start) && !context.inBrokenStatement(token.start);
    }
  },
});
