import rule from '../../../src/lint/rules/function-case';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    'SELECT coalesce(a, 0) AS a, sum(b) AS b, row_number() OVER (ORDER BY c) AS rn FROM t',
    'SELECT COALESCE(a, 0) AS a, SUM(b) AS b FROM t',
    // Qualified, backquoted and script-defined functions are the user's names; columns and keywords are not calls.
    'SELECT sum(x) AS s, db.MyUdf(x) AS u, `Weird`(x) AS w, CAST(Upper AS INT) AS c FROM t',
    "CREATE TEMPORARY FUNCTION MyUdf AS 'com.x.MyUdf';\nSELECT MyUdf(a) AS u, upper(a) AS b FROM t",
    "SELECT a FROM t WHERE dt = '${date}' -- COUNT(a) in a comment\n",
    "SELECT 'SUM(x)' AS s, count(*) AS n FROM t",
    { code: "SELECT window_start, COUNT(*) AS cnt\nFROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE))\nGROUP BY window_start", dialect: 'flink' },
    { code: 'SELECT x FROM t LATERAL VIEW explode(arr) v AS x', dialect: 'hive' },
    { code: 'SELECT upper(a) AS a FROM t', options: { capitalisation: 'lower' } },
    // Bare niladic words and bracket constructors are keywords, not calls.
    { code: "SELECT count(*) AS n, CURRENT_DATE AS d, LOCALTIMESTAMP AS l, ARRAY[1, 2] AS a, MAP['k', 1] AS m FROM t", dialect: 'flink' },
  ],
  invalid: [
    {
      code: 'SELECT coalesce(a, 0) AS a, SUM(b) AS b FROM t',
      errors: [{ messageId: 'functionCase', line: 0, character: 28, endLine: 0, endCharacter: 31, message: "function 'SUM' should be lower-case: 'sum'" }],
      output: 'SELECT coalesce(a, 0) AS a, sum(b) AS b FROM t',
    },
    {
      // Mixed case never decides 'consistent': the first all-lower name does.
      code: 'SELECT Coalesce(a, 0) AS a, sum(b) AS b, COUNT(*) AS c FROM t',
      errors: [
        { messageId: 'functionCase', line: 0, character: 7 },
        { messageId: 'functionCase', line: 0, character: 41 },
      ],
      output: 'SELECT coalesce(a, 0) AS a, sum(b) AS b, count(*) AS c FROM t',
    },
    {
      code: "CREATE TEMPORARY FUNCTION MyUdf AS 'com.x.MyUdf';\nSELECT MyUdf(a) AS u, upper(a) AS b, if(c, 1, 2) AS d, left(s, 2) AS e FROM t",
      options: { capitalisation: 'upper' },
      errors: [
        { messageId: 'functionCase', line: 1, character: 22, message: "function 'upper' should be upper-case: 'UPPER'" },
        { messageId: 'functionCase', line: 1, character: 37 },
        { messageId: 'functionCase', line: 1, character: 55 },
      ],
      output: "CREATE TEMPORARY FUNCTION MyUdf AS 'com.x.MyUdf';\nSELECT MyUdf(a) AS u, UPPER(a) AS b, IF(c, 1, 2) AS d, LEFT(s, 2) AS e FROM t",
    },
    {
      code: "SELECT window_start, COUNT(*) AS cnt\nFROM TABLE(tumble(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE))\nGROUP BY window_start",
      dialect: 'flink',
      errors: [{ messageId: 'functionCase', line: 1, character: 11 }],
      output: "SELECT window_start, COUNT(*) AS cnt\nFROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE))\nGROUP BY window_start",
    },
    {
      code: "SELECT x FROM t LATERAL VIEW EXPLODE(arr) v AS x\nWHERE dt = '${date}' AND length(x) > 0 -- LENGTH(x)\n",
      dialect: 'hive',
      errors: [{ messageId: 'functionCase', line: 1, character: 25 }],
      output: "SELECT x FROM t LATERAL VIEW EXPLODE(arr) v AS x\nWHERE dt = '${date}' AND LENGTH(x) > 0 -- LENGTH(x)\n",
    },
    {
      code: 'SELECT transform(arr, x -> UPPER(x)) AS a FROM t',
      errors: [{ messageId: 'functionCase', line: 0, character: 27 }],
      output: 'SELECT transform(arr, x -> upper(x)) AS a FROM t',
    },
  ],
});
