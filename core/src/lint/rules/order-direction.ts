import type { OrderItem } from '../../sql';
import { createRule } from '../rule';

export default createRule({
  code: 'ST19',
  name: 'order-direction',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { implicit: "'{{item}}' has no ASC or DESC while other keys of this ORDER BY have one: write ASC" },
  options: {},
  docs: {
    description:
      'When one key of an ORDER BY (or SORT BY, or a window) says ASC or DESC, every key does, so `ORDER BY a DESC, b` is not misread as sorting `b` descending. The fix writes the implied ASC.',
    incorrect: 'SELECT a, b FROM t ORDER BY a DESC, b\n',
    correct: 'SELECT a, b, row_number() OVER (PARTITION BY a ORDER BY b) AS rn FROM t ORDER BY a DESC, b ASC\n',
  },
  create(context) {
    const { text } = context;
    const check = (items: readonly OrderItem[] | undefined) => {
      if (!items || !items.some((item) => item.direction)) return;
      for (const item of items) {
        if (item.direction) continue;
        const end = item.expr.end;
        context.report({
          messageId: 'implicit',
          data: { item: text.slice(item.expr.start, end) },
          start: item.expr.start,
          end,
          fix: [{ start: end, end, newText: ' ASC' }],
        });
      }
    };
    return {
      Query: (node) => {
        check(node.orderBy);
        check(node.sortBy);
      },
      WindowSpec: (node) => check(node.orderBy),
      MatchRecognize: (node) => check(node.orderBy),
    };
  },
});
