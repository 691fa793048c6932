import type { Token } from '../../sql';
import { createRule } from '../rule';

/**
 * Clause keywords this rule checks. A word counts only where it is no name: not an identifier the
 * parser read, not quoted, not next to a `.`, and not in a statement that failed to parse.
 */
const KEYWORDS = new Set(`
  SELECT FROM WHERE GROUP BY ORDER HAVING JOIN ON AS AND OR NOT IN IS NULL INSERT INTO OVERWRITE TABLE
  PARTITION UNION ALL DISTINCT CASE WHEN THEN ELSE END LIMIT WITH CREATE LEFT RIGHT INNER OUTER FULL CROSS
  BETWEEN LIKE EXISTS ASC DESC OVER PARTITIONED DROP ALTER IF VIEW INTERSECT EXCEPT SET USING
`.trim().split(/\s+/));

export default createRule({
  code: 'ST01',
  name: 'keyword-case',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { keywordCase: "keyword '{{word}}' should be {{case}}-case: '{{expected}}'" },
  options: {
    capitalisation: { description: 'The case keywords must have.', default: 'upper', enum: ['upper', 'lower'] as const },
  },
  docs: {
    description: 'Clause keywords (SELECT, FROM, JOIN, ...) have one case, upper by default. Names are never touched.',
    incorrect: 'select a FROM t\n',
    correct: 'SELECT a, `select` FROM t AS `from`\n',
  },
  create(context) {
    const { text, tokens } = context;
    const upper = context.options.capitalisation === 'upper';
    const isDot = (t: Token | undefined) => t !== undefined && t.kind === 'op' && text.charCodeAt(t.start) === 46;
    const significant = (i: number, step: 1 | -1): Token | undefined => {
      for (let j = i + step; j >= 0 && j < tokens.length; j += step) {
        const k = tokens[j].kind;
        if (k !== 'whitespace' && k !== 'line-comment' && k !== 'block-comment') return tokens[j];
      }
      return undefined;
    };
    return {
      token(token, i) {
        if (token.kind !== 'word') return;
        const word = text.slice(token.start, token.end);
        const expected = upper ? word.toUpperCase() : word.toLowerCase();
        if (word === expected || !KEYWORDS.has(word.toUpperCase())) return;
        if (context.isName(token.start) || context.inBrokenStatement(token.start)) return;
        if (isDot(significant(i, -1)) || isDot(significant(i, 1))) return;
        context.report({
          messageId: 'keywordCase',
          data: { word, case: upper ? 'upper' : 'lower', expected },
          start: token.start,
          end: token.end,
          fix: [{ start: token.start, end: token.end, newText: expected }],
        });
      },
    };
  },
});
