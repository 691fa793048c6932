import rule from '../../../src/lint/rules/computed-output-alias';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    // Plain columns, struct fields and stars keep their names; IN and EXISTS subqueries need none.
    'SELECT a, t.b, s.c.d, *, t.* FROM t WHERE x IN (SELECT max(y) FROM u) AND EXISTS (SELECT 1 FROM v)',
    "SELECT count(*) AS n, '${date}' AS dt FROM t -- count(*)\n",
    // A column list names the outputs.
    'WITH c (id, n) AS (SELECT id, count(*) FROM s GROUP BY id)\nSELECT c.id, c.n + 1 AS n1 FROM c',
    'CREATE VIEW v (x, y) AS SELECT a, concat(a, b) FROM t',
    'INSERT INTO t (a, b) SELECT 1, 2',
    'SELECT q.a FROM (SELECT a + 1, b FROM t) AS q(a, b)',
    // One expression alone is accepted by default (SQLFluff's allow_scalar).
    'SELECT 1',
    'INSERT OVERWRITE TABLE t SELECT count(*) FROM s',
    // Only the first branch of a set operation names the columns.
    'SELECT 1 AS one, upper(a) AS up FROM t UNION ALL SELECT 2, b FROM u',
    { code: 'SELECT explode(arr) AS (a, b) FROM t', dialect: 'hive' },
    { code: "INSERT INTO sink SELECT window_start, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start", dialect: 'flink' },
  ],
  invalid: [
    {
      code: 'INSERT OVERWRITE TABLE t SELECT id, count(*) FROM s GROUP BY id',
      errors: [{ messageId: 'unnamed', line: 0, character: 36, endCharacter: 44, message: 'output expression has no alias, so the engine makes up its column name: add AS <name>' }],
    },
    {
      code: 'SELECT 1, upper(a) FROM t UNION ALL SELECT 2, b FROM u',
      errors: [
        { messageId: 'unnamed', line: 0, character: 7 },
        { messageId: 'unnamed', line: 0, character: 10 },
      ],
    },
    { code: "WITH c AS (SELECT a, a + 1 FROM t) SELECT * FROM c WHERE dt = '${date}'", errors: [{ messageId: 'unnamed', line: 0, character: 21 }] },
    { code: 'SELECT q.x FROM (SELECT a + 1 FROM t) AS q', options: { allowScalar: false }, errors: [{ messageId: 'unnamed', line: 0, character: 24 }] },
    { code: '(SELECT a + 1 FROM t) UNION ALL (SELECT b FROM u)', options: { allowScalar: false }, errors: [{ messageId: 'unnamed', line: 0, character: 8 }] },
    { code: 'CREATE VIEW v AS SELECT a, concat(a, b) FROM t', dialect: 'hive', errors: [{ messageId: 'unnamed', line: 0, character: 27 }] },
    { code: 'CREATE TABLE x AS SELECT a, cast(a AS INT) FROM t', errors: [{ messageId: 'unnamed', line: 0, character: 28 }] },
    {
      code: "INSERT INTO sink SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start",
      dialect: 'flink',
      errors: [{ messageId: 'unnamed', line: 0, character: 38 }],
    },
    {
      code: 'FROM s\nINSERT OVERWRITE TABLE t SELECT a, b + 1\nINSERT OVERWRITE TABLE u SELECT sum(a), posexplode(arr)',
      dialect: 'hive',
      errors: [
        { messageId: 'unnamed', line: 1, character: 35 },
        { messageId: 'unnamed', line: 2, character: 32 },
        { messageId: 'unnamed', line: 2, character: 40 },
      ],
    },
  ],
});
