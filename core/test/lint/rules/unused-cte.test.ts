import rule from '../../../src/lint/rules/unused-cte';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    // Used through another CTE, from a subquery, recursively from the body.
    'WITH a AS (SELECT 1 AS x), b AS (SELECT x FROM a), c AS (SELECT x FROM b)\nSELECT x FROM t WHERE x IN (SELECT x FROM c)',
    'WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3)\nSELECT n FROM r',
    // A CTE named after the table it filters shadows it.
    "WITH orders AS (SELECT * FROM orders WHERE dt = '${date}')\nSELECT * FROM orders",
    // An inner CTE of the same name may hide the outer one; the rule stays on the safe side.
    'WITH a AS (SELECT 1 AS x) SELECT * FROM (WITH a AS (SELECT 2 AS x) SELECT x FROM a) AS q',
    { code: "WITH src AS (SELECT * FROM kafka_src)\nINSERT INTO sink SELECT * FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE))", dialect: 'flink' },
    { code: 'WITH a AS (SELECT 1 AS x) FROM a INSERT OVERWRITE TABLE t SELECT x', dialect: 'hive' },
  ],
  invalid: [
    {
      code: 'WITH a AS (SELECT 1 AS x), b AS (SELECT x FROM a)\nSELECT x FROM a',
      errors: [{ messageId: 'unused', line: 0, character: 27, endCharacter: 28, message: "CTE 'b' is never used: remove it" }],
      output: 'WITH a AS (SELECT 1 AS x)\nSELECT x FROM a',
    },
    {
      // Comments between CTEs stay.
      code: "WITH a AS (SELECT 1 AS x),\n-- b is old\nb AS (SELECT 2 AS x),\nc AS (SELECT 3 AS x WHERE '${date}' > '')\nSELECT x FROM c",
      errors: [
        { messageId: 'unused', line: 0, character: 5 },
        { messageId: 'unused', line: 2, character: 0 },
      ],
      output: "WITH -- b is old\nc AS (SELECT 3 AS x WHERE '${date}' > '')\nSELECT x FROM c",
    },
    {
      // Neighbouring removals overlap, so the second one waits for the next --fix round.
      code: 'WITH a AS (SELECT 1 AS x), b AS (SELECT x FROM a)\nSELECT x FROM db.a',
      errors: [
        { messageId: 'unused', line: 0, character: 5 },
        { messageId: 'unused', line: 0, character: 27 },
      ],
      output: 'WITH b AS (SELECT x FROM a)\nSELECT x FROM db.a',
    },
    {
      code: 'WITH a AS (SELECT 1 AS x)\nINSERT OVERWRITE TABLE t SELECT 2 AS y',
      dialect: 'hive',
      errors: [{ messageId: 'unused', line: 0, character: 5 }],
      output: 'INSERT OVERWRITE TABLE t SELECT 2 AS y',
    },
    {
      // Reading itself does not make a recursive CTE used.
      code: 'WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3)\nSELECT 1 AS one',
      errors: [{ messageId: 'unused', line: 0, character: 15 }],
      output: 'SELECT 1 AS one',
    },
    {
      code: 'WITH a AS (SELECT 1 AS x), b AS (SELECT 2 AS y) FROM a INSERT OVERWRITE TABLE t SELECT x',
      dialect: 'hive',
      errors: [{ messageId: 'unused', line: 0, character: 27 }],
      output: 'WITH a AS (SELECT 1 AS x) FROM a INSERT OVERWRITE TABLE t SELECT x',
    },
    {
      code: 'WITH a AS (SELECT 1 AS x)\nINSERT INTO sink SELECT 1 AS x',
      dialect: 'flink',
      errors: [{ messageId: 'unused', line: 0, character: 5 }],
      output: 'INSERT INTO sink SELECT 1 AS x',
    },
  ],
});
