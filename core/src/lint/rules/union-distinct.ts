import type { Token } from '../../sql';
import { createRule } from '../rule';

export default createRule({
  code: 'ST04',
  name: 'union-distinct',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: false,
  messages: { bare: "say 'UNION ALL' or 'UNION DISTINCT': a bare UNION silently removes duplicate rows" },
  options: {},
  docs: {
    description: 'A bare UNION deduplicates; say UNION ALL or UNION DISTINCT so the reader knows it was meant.',
    incorrect: 'SELECT a FROM t UNION SELECT a FROM s\n',
    correct: 'SELECT a FROM t UNION ALL SELECT a FROM s UNION DISTINCT SELECT a FROM u\n',
  },
  create(context) {
    const { text, tokens } = context;
    return {
      SetOperation(node) {
        if (node.op !== 'UNION' || node.all) return;
        // The operator's words lie between the operands: `UNION` and, unless it is bare, `DISTINCT`.
        const words: Token[] = [];
        for (let i = context.tokenIndexAt(node.left.end); i < tokens.length && tokens[i].start < node.right.start; i++) {
          if (tokens[i].kind === 'word' && tokens[i].start >= node.left.end) words.push(tokens[i]);
        }
        const union = words.find((t) => text.slice(t.start, t.end).toUpperCase() === 'UNION');
        const distinct = words.some((t) => text.slice(t.start, t.end).toUpperCase() === 'DISTINCT');
        if (union && !distinct) context.report({ messageId: 'bare', start: union.start, end: union.end });
      },
    };
  },
});
