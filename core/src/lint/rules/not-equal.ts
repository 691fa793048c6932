import { createRule } from '../rule';

export default createRule({
  code: 'ST14',
  name: 'not-equal',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { notEqual: "write '{{expected}}' for not-equal, not '{{actual}}'" },
  options: {
    style: {
      description: "'ansi' for <>, 'c' for !=, 'consistent' for whichever the file uses first.",
      default: 'consistent',
      enum: ['consistent', 'ansi', 'c'] as const,
    },
  },
  docs: {
    description: 'One spelling of not-equal per file: `<>` (standard SQL, the safe choice for Flink) or `!=`; by default whichever comes first.',
    incorrect: 'SELECT a FROM t WHERE a <> 1 AND b != 2\n',
    correct: "SELECT a FROM t WHERE a <> 1 AND b <> '!='\n",
  },
  create(context) {
    const { text } = context;
    let expected = context.options.style === 'ansi' ? '<>' : context.options.style === 'c' ? '!=' : undefined;
    return {
      token(token) {
        if (token.kind !== 'op' || token.end - token.start !== 2) return;
        const actual = text.slice(token.start, token.end);
        if (actual !== '<>' && actual !== '!=') return;
        expected ??= actual;
        if (actual === expected || context.inBrokenStatement(token.start)) return;
        context.report({ messageId: 'notEqual', data: { expected, actual }, start: token.start, end: token.end, fix: [{ start: token.start, end: token.end, newText: expected }] });
      },
    };
  },
});
