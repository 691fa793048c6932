import { createRule } from '../rule';

/** Two-argument null replacements that mean exactly `coalesce(a, b)` in Spark, Hive and Flink. */
const SYNONYMS = new Set(['nvl', 'ifnull']);

export default createRule({
  code: 'ST17',
  name: 'prefer-coalesce',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { synonym: "use '{{expected}}' instead of '{{name}}': the standard name, the same in every dialect" },
  options: {},
  docs: {
    description: '`nvl(a, b)` and `ifnull(a, b)` are dialect spellings of `coalesce(a, b)`; one name reads the same in Spark, Hive and Flink. The fix renames the call in the case it was written in.',
    incorrect: 'SELECT nvl(a, 0) AS a FROM t\n',
    correct: 'SELECT coalesce(a, 0) AS a, nvl2(a, 1, 0) AS b FROM t\n',
  },
  create(context) {
    return {
      FunctionCall(node) {
        const parts = node.name.parts;
        if (parts.length !== 1 || parts[0].quoted || node.args.length !== 2) return;
        const id = parts[0];
        if (!SYNONYMS.has(id.name.toLowerCase())) return;
        const expected = id.name === id.name.toUpperCase() ? 'COALESCE' : 'coalesce';
        context.report({ messageId: 'synonym', data: { name: id.name, expected }, start: id.start, end: id.end, fix: [{ start: id.start, end: id.end, newText: expected }] });
      },
    };
  },
});
