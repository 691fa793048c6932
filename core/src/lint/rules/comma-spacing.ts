import type { Span } from '../../sql';
import { createRule } from '../rule';
import { isWord, previousSignificant } from '../token-scan';

const DECIMAL_TYPES = ['DECIMAL', 'NUMERIC', 'DEC'];

export default createRule({
  code: 'ST16',
  name: 'comma-spacing',
  group: 'style',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    before: "space before ',': remove it",
    after: "no space after ',': add one",
  },
  options: {},
  docs: {
    description:
      'A comma follows its item directly and is followed by a space or a line break. Leading commas on a new line are fine, and type arguments (`DECIMAL(18,2)`, `MAP<STRING,INT>`) and row-pattern quantifiers (`{2,3}`) may stay tight.',
    incorrect: 'SELECT a ,b FROM t\n',
    correct: 'SELECT a, CAST(b AS DECIMAL(18,2)) AS b\n     , c\nFROM t\n',
  },
  create(context) {
    const { text, tokens } = context;
    // Filled by the tree visitors, which run before the token hook, in source order.
    const tight: Span[] = [];
    let next = 0;
    const keepTight = (node: Span) => tight.push(node);
    return {
      DataType: keepTight,
      PatternTerm: keepTight,
      token(token, i) {
        if (token.kind !== 'op' || text.charCodeAt(token.start) !== 44 || context.inBrokenStatement(token.start)) return;
        while (next < tight.length && tight[next].end <= token.start) next++;
        if ((next < tight.length && tight[next].start <= token.start) || inDecimalArgs(i)) return;
        const before = tokens[i - 1];
        if (before?.kind === 'whitespace' && i >= 2 && !hasBreak(before)) {
          context.report({ messageId: 'before', start: before.start, end: before.end, fix: [{ start: before.start, end: before.end, newText: '' }] });
        }
        const after = tokens[i + 1];
        if (after && after.kind !== 'whitespace' && after.kind !== 'eof') {
          context.report({ messageId: 'after', start: token.start, end: token.end, fix: [{ start: token.end, end: token.end, newText: ' ' }] });
        }
      },
    };
    /** `DECIMAL(18,2)` where the statement keeps no type node (Hive `ALTER TABLE ... CHANGE COLUMN`). */
    function inDecimalArgs(comma: number): boolean {
      const scale = previousSignificant(tokens, comma);
      const open = previousSignificant(tokens, scale);
      if (scale < 0 || tokens[scale].kind !== 'number' || open < 0 || text.charCodeAt(tokens[open].start) !== 40) return false;
      const type = tokens[previousSignificant(tokens, open)];
      return DECIMAL_TYPES.some((name) => isWord(text, type, name));
    }
    function hasBreak(span: Span): boolean {
      for (let k = span.start; k < span.end; k++) if (text.charCodeAt(k) === 10) return true;
      return false;
    }
  },
});
