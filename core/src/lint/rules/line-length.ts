import { createRule } from '../rule';
import { frontMatterEnd } from '../token-scan';

export default createRule({
  code: 'ST07',
  name: 'line-length',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: false,
  messages: { tooLong: 'line is {{length}} characters long, more than {{max}}: wrap it' },
  options: {
    max: { description: 'The longest a line may be, in characters.', default: 120 },
    ignoreCommentLines: { description: 'Also accept long lines that hold only a comment.', default: false },
  },
  docs: {
    description:
      'Lines are at most `max` characters. The `/*--- ---*/` front matter is exempt, and so are lines made only of string literals and punctuation (a long URL, a connector option), which cannot be wrapped.',
    incorrect: `SELECT ${Array.from({ length: 30 }, (_, i) => `col_${i}`).join(', ')} FROM t\n`,
    correct: "CREATE TABLE k (a INT) WITH (\n  'connector' = 'jdbc',\n  'url' = 'jdbc:mysql://db.example.com:3306/live?useSSL=false&serverTimezone=Asia/Shanghai&rewriteBatchedStatements=true'\n)\n",
    dialect: 'flink',
  },
  create(context) {
    const { text, tokens } = context;
    const max = context.options.max;
    return {
      done() {
        const frontMatter = frontMatterEnd(text, tokens);
        let start = frontMatter > 0 ? nextLine(frontMatter) : 0;
        while (start < text.length) {
          const newline = text.indexOf('\n', start);
          const end = newline < 0 ? text.length : newline;
          const length = (end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end) - start;
          if (length > max && !exempt(start, start + length)) {
            context.report({ messageId: 'tooLong', data: { length: String(length), max: String(max) }, start: start + max, end: start + length });
          }
          start = end + 1;
        }
      },
    };
    function nextLine(offset: number): number {
      const newline = text.indexOf('\n', offset);
      return newline < 0 ? text.length : newline + 1;
    }
    /** A line is exempt when nothing on it can be wrapped: no word, number or name, only literals and punctuation. */
    function exempt(start: number, end: number): boolean {
      let comment = true;
      for (let i = context.tokenIndexAt(start); i < tokens.length && tokens[i].start < end; i++) {
        const kind = tokens[i].kind;
        if (kind === 'word' || kind === 'number' || kind === 'quoted' || kind === 'variable' || kind === 'hint') return false;
        if (kind === 'string' || kind === 'op') comment = false;
      }
      return !comment || context.options.ignoreCommentLines;
    }
  },
});
