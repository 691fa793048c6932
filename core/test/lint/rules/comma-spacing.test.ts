import rule from '../../../src/lint/rules/comma-spacing';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    // Leading commas, commas in strings and comments, tight type arguments.
    "SELECT a, CAST(b AS DECIMAL(18,2)) AS b\n     , c\nFROM t WHERE s = 'a ,b' -- x ,y\n",
    { code: 'CREATE TABLE x (m MAP<STRING,INT>, a ARRAY<STRUCT<a:INT,b:STRING>>)', dialect: 'hive' },
    { code: 'ALTER TABLE foo CHANGE COLUMN a a DECIMAL(38,18)', dialect: 'hive' },
    {
      code: 'SELECT * FROM t MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.v AS v PATTERN (A{2,3} B) DEFINE A AS A.v > 0) AS mr',
      dialect: 'flink',
    },
    { code: "CREATE TABLE k (a DECIMAL(10,2)) WITH ('connector' = 'kafka', 'format' = 'json')", dialect: 'flink' },
  ],
  invalid: [
    {
      code: 'SELECT a ,b FROM t',
      errors: [
        { messageId: 'before', line: 0, character: 8, endCharacter: 9, message: "space before ',': remove it" },
        { messageId: 'after', line: 0, character: 9, endCharacter: 10, message: "no space after ',': add one" },
      ],
      output: 'SELECT a, b FROM t',
    },
    {
      code: 'SELECT a,b,-- x\n c FROM t WHERE x IN (1,2)',
      dialect: 'hive',
      errors: [
        { messageId: 'after', line: 0, character: 8 },
        { messageId: 'after', line: 0, character: 10 },
        { messageId: 'after', line: 1, character: 23 },
      ],
      output: 'SELECT a, b, -- x\n c FROM t WHERE x IN (1, 2)',
    },
    {
      code: "SELECT concat('a,b' , '${date}') AS c FROM t",
      errors: [{ messageId: 'before', line: 0, character: 19 }],
      output: "SELECT concat('a,b', '${date}') AS c FROM t",
    },
    {
      code: 'SELECT window_start,COUNT(*) AS n FROM t GROUP BY window_start',
      dialect: 'flink',
      errors: [{ messageId: 'after', line: 0, character: 19 }],
      output: 'SELECT window_start, COUNT(*) AS n FROM t GROUP BY window_start',
    },
  ],
});
