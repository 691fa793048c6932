import { createRule } from '../rule';
import { isWord, previousSignificant } from '../token-scan';

export default createRule({
  code: 'ST18',
  name: 'else-null',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { redundant: "'ELSE NULL' is what CASE does anyway: remove it" },
  options: {},
  docs: {
    description: 'A CASE without ELSE yields NULL, so `ELSE NULL` only adds words. A typed `ELSE CAST(NULL AS INT)` is kept: it sets the type.',
    incorrect: 'SELECT CASE WHEN a > 0 THEN a ELSE NULL END AS a FROM t\n',
    correct: 'SELECT CASE WHEN a > 0 THEN a END AS a, CASE WHEN b THEN 1 ELSE CAST(NULL AS INT) END AS b FROM t\n',
  },
  create(context) {
    const { text, tokens } = context;
    return {
      CaseExpr(node) {
        const value = node.else;
        if (value?.kind !== 'Literal' || value.type !== 'null') return;
        const elseIndex = previousSignificant(tokens, context.tokenIndexAt(value.start));
        if (!isWord(text, tokens[elseIndex], 'ELSE')) return;
        // The space before ELSE goes too, so `THEN a ELSE NULL END` becomes `THEN a END`.
        const before = tokens[elseIndex - 1];
        const start = before?.kind === 'whitespace' ? before.start : tokens[elseIndex].start;
        context.report({ messageId: 'redundant', start: tokens[elseIndex].start, end: value.end, fix: [{ start, end: value.end, newText: '' }] });
      },
    };
  },
});
