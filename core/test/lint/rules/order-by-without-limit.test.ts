import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/order-by-without-limit';

const message = 'ORDER BY without LIMIT in an INSERT sorts every row globally (Hive on a single reducer) for nothing: a table keeps no row order; drop it, or use DISTRIBUTE BY / SORT BY to lay out files';

RuleTester.run(rule, {
  valid: [
    // With LIMIT (a top-N), in a subquery, in a plain query, SORT BY / DISTRIBUTE BY for file layout.
    "INSERT OVERWRITE TABLE ads.t PARTITION (p_date = '${date}') SELECT a FROM s ORDER BY a DESC LIMIT ${top_n}",
    'INSERT OVERWRITE TABLE t SELECT a FROM (SELECT a FROM s ORDER BY a) x',
    'SELECT a FROM s ORDER BY a',
    { code: 'INSERT OVERWRITE TABLE t SELECT a FROM s DISTRIBUTE BY a SORT BY a', dialect: 'hive' },
    { code: 'FROM s INSERT OVERWRITE TABLE t SELECT a SORT BY a INSERT OVERWRITE TABLE u SELECT b LIMIT 5', dialect: 'hive' },
    // A window's ORDER BY is no query ordering.
    'INSERT INTO t SELECT a, row_number() OVER (ORDER BY a) AS rn FROM s',
    // Streaming Flink jobs are not batch inserts.
    { code: 'INSERT INTO snk SELECT a FROM src ORDER BY a', dialect: 'flink' },
    { code: '/*---\ntype: streaming\n---*/\nINSERT INTO snk SELECT a FROM src ORDER BY a', dialect: 'flink', file: 'jobs/rt_x.sql' },
  ],
  invalid: [
    {
      code: "INSERT OVERWRITE TABLE ads.t PARTITION (p_date = '${date}')\nSELECT a, b FROM s\norder  by a DESC, b -- for the dashboard",
      errors: [{ messageId: 'orderBy', line: 2, character: 0, endLine: 2, endCharacter: 19, message }],
    },
    {
      // After a UNION, under a CTE, ORDER BY ALL, and a Hive multi-insert branch.
      code: 'WITH c AS (SELECT a FROM s)\nINSERT INTO t SELECT a FROM c UNION ALL SELECT a FROM u ORDER BY a;\nINSERT INTO t SELECT a FROM s ORDER BY ALL;',
      errors: [
        { messageId: 'orderBy', line: 1, character: 56 },
        { messageId: 'orderBy', line: 2, character: 30 },
      ],
    },
    {
      code: 'FROM s\nINSERT OVERWRITE TABLE t SELECT a ORDER BY a\nINSERT OVERWRITE TABLE u SELECT b SORT BY b',
      dialect: 'hive',
      errors: [{ messageId: 'orderBy', line: 1, character: 34 }],
    },
    {
      code: '/*---\ntype: batch\ndialect: flink\n---*/\nINSERT INTO snk SELECT a FROM src ORDER BY a',
      dialect: 'flink',
      file: 'jobs/flink_batch.sql',
      errors: [{ messageId: 'orderBy', line: 4, character: 34 }],
    },
  ],
});
