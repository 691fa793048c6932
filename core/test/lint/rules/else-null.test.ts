import rule from '../../../src/lint/rules/else-null';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    "SELECT CASE WHEN a > 0 THEN a END AS a, CASE WHEN b THEN 1 ELSE 0 END AS b FROM t WHERE s = 'ELSE NULL'",
    // A typed NULL sets the result type.
    { code: 'SELECT CASE WHEN b THEN 1 ELSE CAST(NULL AS INT) END AS b FROM t', dialect: 'hive' },
    { code: "SELECT CASE a WHEN 1 THEN 'x' ELSE 'NULL' END AS b FROM t", dialect: 'flink' },
  ],
  invalid: [
    {
      code: 'SELECT CASE WHEN a > 0 THEN a ELSE NULL END AS a FROM t',
      errors: [{ messageId: 'redundant', line: 0, character: 30, endCharacter: 39, message: "'ELSE NULL' is what CASE does anyway: remove it" }],
      output: 'SELECT CASE WHEN a > 0 THEN a END AS a FROM t',
    },
    {
      code: "SELECT\n  CASE status\n    WHEN 'ok' THEN 1 -- ${date}\n    else null\n  END AS s\nFROM t",
      dialect: 'hive',
      errors: [{ messageId: 'redundant', line: 3, character: 4 }],
      output: "SELECT\n  CASE status\n    WHEN 'ok' THEN 1 -- ${date}\n  END AS s\nFROM t",
    },
    {
      code: 'INSERT INTO sink SELECT CASE WHEN a THEN 1 ELSE NULL END AS a FROM src',
      dialect: 'flink',
      errors: [{ messageId: 'redundant', line: 0, character: 43 }],
      output: 'INSERT INTO sink SELECT CASE WHEN a THEN 1 END AS a FROM src',
    },
  ],
});
