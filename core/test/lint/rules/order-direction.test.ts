import rule from '../../../src/lint/rules/order-direction';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    'SELECT a, b FROM t ORDER BY a, b',
    'SELECT a, b FROM t ORDER BY a DESC, b ASC',
    // Each ORDER BY is judged alone: the window's keys, the query's keys.
    "SELECT a, row_number() OVER (PARTITION BY a ORDER BY b) AS rn FROM t WHERE dt = '${date}' ORDER BY a DESC",
    { code: 'SELECT a FROM t SORT BY a DESC', dialect: 'hive' },
    { code: 'SELECT a FROM t ORDER BY ALL DESC', dialect: 'spark' },
  ],
  invalid: [
    {
      code: 'SELECT a, b FROM t ORDER BY a DESC, b',
      errors: [{ messageId: 'implicit', line: 0, character: 36, endCharacter: 37, message: "'b' has no ASC or DESC while other keys of this ORDER BY have one: write ASC" }],
      output: 'SELECT a, b FROM t ORDER BY a DESC, b ASC',
    },
    {
      code: 'SELECT a, rank() OVER (PARTITION BY k ORDER BY x, y DESC NULLS LAST, z NULLS FIRST) AS r FROM t',
      dialect: 'hive',
      errors: [
        { messageId: 'implicit', line: 0, character: 47 },
        { messageId: 'implicit', line: 0, character: 69 },
      ],
      output: 'SELECT a, rank() OVER (PARTITION BY k ORDER BY x ASC, y DESC NULLS LAST, z ASC NULLS FIRST) AS r FROM t',
    },
    {
      code: 'SELECT a FROM t DISTRIBUTE BY a SORT BY a DESC, b -- b\n',
      dialect: 'hive',
      errors: [{ messageId: 'implicit', line: 0, character: 48 }],
      output: 'SELECT a FROM t DISTRIBUTE BY a SORT BY a DESC, b ASC -- b\n',
    },
    {
      code: 'INSERT INTO sink SELECT k, v FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts DESC, v) AS rn FROM src) WHERE rn = 1',
      dialect: 'flink',
      errors: [{ messageId: 'implicit', line: 0, character: 97 }],
      output: 'INSERT INTO sink SELECT k, v FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts DESC, v ASC) AS rn FROM src) WHERE rn = 1',
    },
  ],
});
