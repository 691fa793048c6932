import rule from '../../../src/lint/rules/not-equal';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    "SELECT a FROM t WHERE a <> 1 AND b <> '!=' -- a != b\n",
    "SELECT a FROM t WHERE a != 1 AND b != '<>' AND dt = '${date}'",
    { code: 'SELECT a FROM t WHERE a <> 1', dialect: 'flink', options: { style: 'ansi' } },
    { code: 'SELECT a FROM t WHERE a != 1 AND b <=> c', dialect: 'hive', options: { style: 'c' } },
  ],
  invalid: [
    {
      code: 'SELECT a FROM t WHERE a <> 1 AND b != 2',
      errors: [{ messageId: 'notEqual', line: 0, character: 35, endCharacter: 37, message: "write '<>' for not-equal, not '!='" }],
      output: 'SELECT a FROM t WHERE a <> 1 AND b <> 2',
    },
    {
      code: "SELECT a FROM t\nWHERE a != 1\n  AND b <> 2 AND c != '<>'",
      dialect: 'hive',
      errors: [{ messageId: 'notEqual', line: 2, character: 8 }],
      output: "SELECT a FROM t\nWHERE a != 1\n  AND b != 2 AND c != '<>'",
    },
    {
      code: 'INSERT INTO sink SELECT a FROM src WHERE a != 1',
      dialect: 'flink',
      options: { style: 'ansi' },
      errors: [{ messageId: 'notEqual', line: 0, character: 43 }],
      output: 'INSERT INTO sink SELECT a FROM src WHERE a <> 1',
    },
    {
      code: 'SELECT a FROM t WHERE a <> 1 -- <>\n',
      options: { style: 'c' },
      errors: [{ messageId: 'notEqual', line: 0, character: 24, message: "write '!=' for not-equal, not '<>'" }],
      output: 'SELECT a FROM t WHERE a != 1 -- <>\n',
    },
  ],
});
