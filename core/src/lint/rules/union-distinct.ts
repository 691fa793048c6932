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
        const union = tokens.find((t) => t.kind === 'word' && t.start >= node.left.end && t.end <= node.right.start && text.slice(t.start, t.end).toUpperCase() === 'UNION');
        const next = union && tokens.find((t) => t.start >= union.end && t.kind === 'word');
        if (!union || (next && next.start < node.right.start && text.slice(next.start, next.end).toUpperCase() === 'DISTINCT')) return;
        context.report({ messageId: 'bare', start: union.start, end: union.end });
      },
    };
  },
});
