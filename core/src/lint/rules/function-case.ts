import type { Identifier } from '../../sql';
import { createRule } from '../rule';
import { nextSignificant } from '../token-scan';

type Case = 'upper' | 'lower';

export default createRule({
  code: 'ST05',
  name: 'function-case',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { functionCase: "function '{{name}}' should be {{case}}-case: '{{expected}}'" },
  options: {
    capitalisation: {
      description: "The case of function names; 'consistent' takes the case of the first upper- or lower-case call in the file.",
      default: 'consistent',
      enum: ['consistent', 'upper', 'lower'] as const,
    },
  },
  docs: {
    description:
      'Function names have one case (by default the case of the first call in the file). Qualified (`db.fn`), backquoted and script-defined (`CREATE FUNCTION`) names are never touched.',
    incorrect: 'SELECT coalesce(a, 0) AS a, SUM(b) AS b FROM t\n',
    correct: 'SELECT COALESCE(a, 0) AS a, SUM(b) AS b, udf.`myFn`(c) AS c FROM t\n',
  },
  create(context) {
    const { text, tokens } = context;
    // Calls are judged at the end: the first call decides 'consistent', and a CREATE FUNCTION may follow its use.
    const calls: Identifier[] = [];
    const defined = new Set<string>();
    return {
      FunctionCall(node) {
        const parts = node.name.parts;
        if (parts.length !== 1 || parts[0].quoted) return;
        // Only a name written before `(`: bare niladic words (`CURRENT_DATE`) and `ARRAY[...]` are keywords.
        const paren = tokens[nextSignificant(tokens, context.tokenIndexAt(parts[0].end - 1))];
        if (text.charCodeAt(paren.start) === 40 && text.slice(parts[0].start, parts[0].end) === parts[0].name) calls.push(parts[0]);
      },
      FunctionStatement(node) {
        const parts = node.name.parts;
        if (parts.length === 1) defined.add(parts[0].name.toLowerCase());
      },
      done() {
        const builtin = calls.filter((id) => !defined.has(id.name.toLowerCase()));
        const wanted = expectedCase(context.options.capitalisation, builtin);
        if (wanted === undefined) return;
        for (const id of builtin) {
          const expected = wanted === 'upper' ? id.name.toUpperCase() : id.name.toLowerCase();
          if (expected === id.name) continue;
          context.report({
            messageId: 'functionCase',
            data: { name: id.name, case: wanted, expected },
            start: id.start,
            end: id.end,
            fix: [{ start: id.start, end: id.end, newText: expected }],
          });
        }
      },
    };
  },
});

function expectedCase(option: string, calls: readonly Identifier[]): Case | undefined {
  if (option === 'upper' || option === 'lower') return option;
  for (const { name } of calls) {
    const upper = name.toUpperCase();
    const lower = name.toLowerCase();
    if (upper === lower) continue;
    if (name === upper) return 'upper';
    if (name === lower) return 'lower';
  }
  return undefined;
}
