import rule from '../../../src/lint/rules/blank-lines';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    'SELECT a\n\nFROM t\n',
    // Strings and block comments keep their blank lines; the file end is final-newline's.
    "SELECT a FROM t WHERE s = '\n\n\n' /*\n\n\n*/\n",
    'SELECT a FROM t\n\n\n\n',
    { code: 'SELECT a\n\n\nFROM t\n', options: { max: 2 } },
    { code: "CREATE TABLE k (a INT)\n\nWITH ('connector' = 'kafka')\n", dialect: 'flink' },
  ],
  invalid: [
    {
      code: 'SELECT a\n\n\n\nFROM t\n',
      errors: [{ messageId: 'tooMany', line: 2, character: 0, endLine: 4, endCharacter: 0, message: '3 blank line(s) in a row where at most 1 may be: remove 2' }],
      output: 'SELECT a\n\nFROM t\n',
    },
    {
      code: '\n\nSELECT a\nFROM t\n',
      errors: [{ messageId: 'tooMany', line: 1, character: 0 }],
      output: '\nSELECT a\nFROM t\n',
    },
    {
      // Blank lines holding spaces or tabs are blank too; the next line keeps its indentation.
      code: "SELECT a -- ${date}\n  \n\t\n\n  FROM t\n",
      dialect: 'hive',
      errors: [{ messageId: 'tooMany', line: 2, character: 0 }],
      output: "SELECT a -- ${date}\n  \n  FROM t\n",
    },
    {
      code: 'SELECT a\r\n\r\n\r\nFROM t\r\n',
      errors: [{ messageId: 'tooMany', line: 2, character: 0 }],
      output: 'SELECT a\r\n\r\nFROM t\r\n',
    },
    {
      code: 'SET a = 1;\n\nINSERT INTO sink SELECT a FROM src\n',
      dialect: 'flink',
      options: { max: 0 },
      errors: [{ messageId: 'tooMany', line: 1, character: 0, message: '1 blank line(s) in a row where at most 0 may be: remove 1' }],
      output: 'SET a = 1;\nINSERT INTO sink SELECT a FROM src\n',
    },
  ],
});
