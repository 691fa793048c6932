import { createRule } from '../rule';

export default createRule({
  code: 'ST02',
  name: 'trailing-whitespace',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { trailing: 'trailing whitespace' },
  options: {},
  docs: {
    description: 'No spaces or tabs at the end of a line, after code or a `--` comment (string literals and block comments keep theirs).',
    incorrect: 'SELECT a  \nFROM t\n',
    correct: 'SELECT a\nFROM t\n',
  },
  create(context) {
    const { text } = context;
    return {
      token(token) {
        if (token.kind === 'line-comment') trimComment(token.start, token.end);
        if (token.kind !== 'whitespace') return;
        // Whitespace tokens run across line breaks; each run of blanks that ends a line is reported.
        let blanks = token.start;
        for (let i = token.start; i < token.end; i++) {
          const c = text.charCodeAt(i);
          if (c === 10 || c === 13) {
            if (blanks < i) report(blanks, i);
            blanks = i + 1;
          }
        }
        if (token.end === text.length && blanks < token.end) report(blanks, token.end);
      },
    };
    function trimComment(start: number, end: number): void {
      let i = end;
      while (i > start && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
      if (i < end) report(i, end);
    }
    function report(start: number, end: number): void {
      context.report({ messageId: 'trailing', start, end, fix: [{ start, end, newText: '' }] });
    }
  },
});
