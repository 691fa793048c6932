import type { FunctionCall } from '../../sql';
import { createRule } from '../rule';
import { nextSignificant } from '../token-scan';

export default createRule({
  code: 'ST13',
  name: 'count-rows',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { countRows: "count rows with '{{expected}}', not '{{actual}}'" },
  options: {
    prefer: { description: "How rows are counted: 'star' for count(*), 'one' for count(1).", default: 'star', enum: ['star', 'one'] as const },
  },
  docs: {
    description: 'Rows are counted one way, `count(*)` by default; `count(1)` and `count(0)` mean the same and only look like they count a column.',
    incorrect: 'SELECT count(1) AS n FROM t\n',
    correct: 'SELECT count(*) AS n, count(DISTINCT 1) AS d, count(a) AS c, db.count(1) AS u FROM t\n',
  },
  create(context) {
    const { text, tokens } = context;
    const one = context.options.prefer === 'one';
    return {
      FunctionCall(node) {
        if (!isCount(node) || node.distinct) return;
        const span = one ? starSpan(node) : constantSpan(node);
        if (!span) return;
        const name = text.slice(node.name.start, node.name.end);
        const newText = one ? '1' : '*';
        context.report({
          messageId: 'countRows',
          data: { expected: `${name}(${newText})`, actual: `${name}(${text.slice(span.start, span.end)})` },
          start: span.start,
          end: span.end,
          fix: [{ ...span, newText }],
        });
      },
    };
    /** `count(*)`: the span of the `*`, the token after `(`. */
    function starSpan(node: FunctionCall): { start: number; end: number } | undefined {
      if (!node.star) return undefined;
      const star = tokens[nextSignificant(tokens, nextSignificant(tokens, context.tokenIndexAt(node.name.end - 1)))];
      return text.charCodeAt(star.start) === 42 ? { start: star.start, end: star.end } : undefined;
    }
  },
});

function isCount(node: FunctionCall): boolean {
  const parts = node.name.parts;
  return parts.length === 1 && !parts[0].quoted && parts[0].name.toLowerCase() === 'count';
}

/** `count(1)` / `count(0)`: the span of the constant. */
function constantSpan(node: FunctionCall): { start: number; end: number } | undefined {
  const arg = node.args.length === 1 ? node.args[0] : undefined;
  if (arg?.kind !== 'Literal' || arg.type !== 'number' || (arg.value !== '1' && arg.value !== '0')) return undefined;
  return { start: arg.start, end: arg.end };
}
