import { createRule } from '../rule';

export default createRule({
  code: 'ST15',
  name: 'blank-lines',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { tooMany: '{{count}} blank line(s) in a row where at most {{max}} may be: remove {{extra}}' },
  options: {
    max: { description: 'The most blank lines in a row (also at the start of the file).', default: 1 },
  },
  docs: {
    description:
      'At most `max` blank lines in a row, at the start of the file too (blank lines at its end are final-newline business; strings and block comments keep theirs). The fix removes the extra lines.',
    incorrect: 'SELECT a\n\n\n\nFROM t\n',
    correct: "SELECT a\n\nFROM t\nWHERE s = '\n\n\n'\n",
  },
  create(context) {
    const { text } = context;
    const max = Math.max(0, Math.floor(context.options.max));
    return {
      token(token, i) {
        if (token.kind !== 'whitespace' || token.end === text.length) return;
        // After code, the first line break ends that code's line; at the file start every one ends a blank line.
        const allowed = i === 0 ? max : max + 1;
        let breaks = 0;
        let keepEnd = token.start;
        let lastBreak = -1;
        for (let k = token.start; k < token.end; k++) {
          if (text.charCodeAt(k) !== 10) continue;
          breaks++;
          lastBreak = k;
          if (breaks === allowed) keepEnd = k + 1;
        }
        const blank = i === 0 ? breaks : breaks - 1;
        if (blank <= max) return;
        const extra = blank - max;
        context.report({
          messageId: 'tooMany',
          data: { count: String(blank), max: String(max), extra: String(extra) },
          start: keepEnd,
          end: lastBreak + 1,
          fix: [{ start: keepEnd, end: lastBreak + 1, newText: '' }],
        });
      },
    };
  },
});
