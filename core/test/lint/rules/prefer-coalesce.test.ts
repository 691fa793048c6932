import rule from '../../../src/lint/rules/prefer-coalesce';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    // nvl2 is another function; a one- or three-argument nvl is not coalesce's synonym; a UDF keeps its name.
    "SELECT coalesce(a, 0) AS a, nvl2(a, 1, 0) AS b, nvl(a) AS c, db.nvl(a, 1) AS d FROM t WHERE s = 'nvl(a, b)'",
    { code: 'SELECT COALESCE(a, 0) AS a FROM t -- IFNULL(a, 0)\n', dialect: 'flink' },
  ],
  invalid: [
    {
      code: "SELECT nvl(a, 0) AS a, NVL(b, '${date}') AS b FROM t",
      dialect: 'hive',
      errors: [
        { messageId: 'synonym', line: 0, character: 7, endCharacter: 10, message: "use 'coalesce' instead of 'nvl': the standard name, the same in every dialect" },
        { messageId: 'synonym', line: 0, character: 23, message: "use 'COALESCE' instead of 'NVL': the standard name, the same in every dialect" },
      ],
      output: "SELECT coalesce(a, 0) AS a, COALESCE(b, '${date}') AS b FROM t",
    },
    {
      code: 'SELECT ifnull(a, 0) AS a FROM t',
      errors: [{ messageId: 'synonym', line: 0, character: 7 }],
      output: 'SELECT coalesce(a, 0) AS a FROM t',
    },
    {
      code: 'INSERT INTO sink SELECT IFNULL(a, 5) AS a FROM src',
      dialect: 'flink',
      errors: [{ messageId: 'synonym', line: 0, character: 24 }],
      output: 'INSERT INTO sink SELECT COALESCE(a, 5) AS a FROM src',
    },
  ],
});
