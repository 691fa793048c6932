import rule from '../../../src/lint/rules/count-rows';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    // DISTINCT 1, a column, another constant, a qualified UDF: none of them counts rows the plain way.
    'SELECT count(*) AS n, count(DISTINCT 1) AS d, count(a) AS c, count(10) AS x, db.count(1) AS u FROM t',
    "SELECT count(*) AS n FROM t WHERE s = 'count(1)' -- count(1)\n",
    { code: 'SELECT COUNT(*) AS n FROM t GROUP BY k', dialect: 'flink' },
    { code: 'SELECT count(1) AS n FROM t', options: { prefer: 'one' } },
  ],
  invalid: [
    {
      code: 'SELECT count(1) AS n, COUNT(0) AS z FROM t',
      errors: [
        { messageId: 'countRows', line: 0, character: 13, endCharacter: 14, message: "count rows with 'count(*)', not 'count(1)'" },
        { messageId: 'countRows', line: 0, character: 28, message: "count rows with 'COUNT(*)', not 'COUNT(0)'" },
      ],
      output: 'SELECT count(*) AS n, COUNT(*) AS z FROM t',
    },
    {
      code: "SELECT COUNT(1) FILTER (WHERE a > 0) AS n, count(1) OVER (PARTITION BY k) AS w FROM t WHERE dt = '${date}'",
      errors: [
        { messageId: 'countRows', line: 0, character: 13 },
        { messageId: 'countRows', line: 0, character: 49 },
      ],
      output: "SELECT COUNT(*) FILTER (WHERE a > 0) AS n, count(*) OVER (PARTITION BY k) AS w FROM t WHERE dt = '${date}'",
    },
    {
      code: 'INSERT INTO sink SELECT k, COUNT(1) AS n FROM src GROUP BY k',
      dialect: 'flink',
      errors: [{ messageId: 'countRows', line: 0, character: 33 }],
      output: 'INSERT INTO sink SELECT k, COUNT(*) AS n FROM src GROUP BY k',
    },
    {
      code: 'SELECT count( * ) AS n FROM t',
      dialect: 'hive',
      options: { prefer: 'one' },
      errors: [{ messageId: 'countRows', line: 0, character: 14, message: "count rows with 'count(1)', not 'count(*)'" }],
      output: 'SELECT count( 1 ) AS n FROM t',
    },
  ],
});
