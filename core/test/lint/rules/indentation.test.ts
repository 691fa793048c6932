import rule from '../../../src/lint/rules/indentation';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    // Continuation lines align freely (select items, ON, AND); only clause keywords that start a line count.
    'SELECT a,\n       b\nFROM t\n  JOIN s\n   ON t.id = s.id\n',
    "SELECT a\nFROM t\nWHERE dt = '${date}'\n   AND y = 2\n /* c */ AND z\n",
    // Tabs inside strings and block comments are text, and a column named like a clause word is a name.
    "SELECT '\n\tx' AS s\n/*\n\t comment\n*/\nFROM t\n",
    'SELECT\n  sort,\n   order_id\nFROM t\n',
    // Clause words inside a window or a function call continue an expression.
    'SELECT row_number() OVER (PARTITION BY k\n                         ORDER BY ts DESC) AS rn\nFROM t\n',
    { code: 'WITH c AS (\n    SELECT a\n    FROM t\n)\nSELECT a FROM c\n', options: { unit: 4 } },
    { code: "CREATE TABLE k (\n  a INT\n) WITH (\n  'connector' = 'kafka'\n)\n", dialect: 'flink' },
    { code: 'SELECT a\nFROM t\n  LATERAL VIEW explode(x) v AS y\n', dialect: 'hive' },
  ],
  invalid: [
    {
      code: 'SELECT a\n\tFROM t\n   WHERE a > 0\n',
      errors: [
        { messageId: 'tab', line: 1, character: 0, endLine: 1, endCharacter: 1, message: 'indentation uses a tab: indent with spaces' },
        { messageId: 'unit', line: 2, character: 0, endCharacter: 3, message: 'clause keyword indentation 3 is not a multiple of 2 spaces: indent by whole units' },
      ],
      output: 'SELECT a\n  FROM t\n   WHERE a > 0\n',
    },
    {
      // Each tab advances to the next stop of `unit` columns.
      code: 'SELECT\n\t\ta,\n  \tb -- ${date}\nFROM t\n',
      options: { unit: 4 },
      errors: [
        { messageId: 'tab', line: 1, character: 0 },
        { messageId: 'tab', line: 2, character: 0 },
      ],
      output: 'SELECT\n        a,\n    b -- ${date}\nFROM t\n',
    },
    {
      code: 'WITH c AS (\n   SELECT a\n   FROM t\n)\nSELECT a FROM c\n',
      options: { unit: 4 },
      errors: [
        { messageId: 'unit', line: 1, character: 0 },
        { messageId: 'unit', line: 2, character: 0 },
      ],
    },
    { code: ' SELECT 1', errors: [{ messageId: 'unit', line: 0, character: 0 }] },
    {
      // Inside a subquery's parentheses clauses count again.
      code: 'SELECT a\nFROM (\n  SELECT a\n   FROM t\n) AS q\n',
      errors: [{ messageId: 'unit', line: 3, character: 0 }],
    },
    { code: 'INSERT INTO sink\n   SELECT a FROM src\n', dialect: 'flink', errors: [{ messageId: 'unit', line: 1, character: 0 }] },
    { code: 'SELECT a\nFROM t\n   LATERAL VIEW explode(x) v AS y\n', dialect: 'hive', errors: [{ messageId: 'unit', line: 2, character: 0 }] },
  ],
});
