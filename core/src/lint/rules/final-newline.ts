import { createRule } from '../rule';

export default createRule({
  code: 'ST03',
  name: 'final-newline',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { missing: 'file does not end with a newline', extra: 'file ends with more than one newline' },
  options: {},
  docs: {
    description: 'A non-empty file ends with exactly one line break.',
    incorrect: 'SELECT a FROM t',
    correct: 'SELECT a FROM t\n',
  },
  create(context) {
    const { text } = context;
    return {
      done() {
        if (text.length === 0) return;
        const body = text.replace(/[\r\n]+$/, '');
        if (body.length === text.length) {
          context.report({ messageId: 'missing', start: text.length, end: text.length, fix: [{ start: text.length, end: text.length, newText: '\n' }] });
          return;
        }
        const newline = text.charCodeAt(body.length) === 13 && text.charCodeAt(body.length + 1) === 10 ? '\r\n' : text[body.length];
        if (text.length - body.length > newline.length) {
          context.report({ messageId: 'extra', start: body.length, end: text.length, fix: [{ start: body.length, end: text.length, newText: newline }] });
        }
      },
    };
  },
});
