import rule from '../../../src/lint/rules/line-length';
import { runWithParsingFixes } from '../style-tester';

const long = `SELECT ${Array.from({ length: 30 }, (_, i) => `col_${i}`).join(', ')} FROM t`;

runWithParsingFixes(rule, {
  valid: [
    'SELECT a FROM t\n',
    // The front matter may be as wide as its YAML needs.
    `/*---\ndescription: ${'x'.repeat(200)}\n---*/\nSELECT a FROM t\n`,
    // Lines of literals and punctuation only cannot be wrapped: a long URL, a connector option.
    { code: `CREATE TABLE k (a INT) WITH (\n  'url' = 'jdbc:mysql://db:3306/live?${'x'.repeat(150)}'\n)\n`, dialect: 'flink' },
    { code: `SELECT\n  '${'x'.repeat(140)}',\n  a\nFROM t\n`, dialect: 'hive' },
    { code: `SELECT\n  -- ${'c'.repeat(130)}\n  x\nFROM t\n`, options: { ignoreCommentLines: true } },
    { code: `${long}\n`, options: { max: 300 } },
  ],
  invalid: [
    {
      code: `${long}\n`,
      errors: [{ messageId: 'tooLong', line: 0, character: 120, endLine: 0, endCharacter: long.length, message: `line is ${long.length} characters long, more than 120: wrap it` }],
    },
    {
      code: '/*---\nowner: x\n---*/\nSELECT a, b, c\nFROM t -- a comment that is long\n',
      options: { max: 30 },
      errors: [{ messageId: 'tooLong', line: 4, character: 30, endCharacter: 32 }],
    },
    {
      // CR LF line ends are not counted.
      code: 'SELECT aaaaaaaaaa, bbbbbbbbbb, cccccccccc\r\nFROM t\r\n',
      options: { max: 30 },
      errors: [{ messageId: 'tooLong', line: 0, character: 30, endCharacter: 41 }],
    },
    {
      code: "SELECT\n  'a very long string literal here',\n  -- a comment line that is far too long\n  x\nFROM t WHERE dt = '${date}' AND x = 1\n",
      options: { max: 30 },
      errors: [
        { messageId: 'tooLong', line: 2, character: 30 },
        { messageId: 'tooLong', line: 4, character: 30 },
      ],
    },
    { code: 'SELECT window_start, COUNT(*) AS c FROM t', dialect: 'flink', options: { max: 40 }, errors: [{ messageId: 'tooLong', line: 0, character: 40 }] },
  ],
});
