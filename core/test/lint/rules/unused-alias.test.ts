import rule from '../../../src/lint/rules/unused-alias';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    'SELECT a.id, b.name FROM orders AS a JOIN users AS b ON a.user_id = b.id',
    // Used only in ON, only in ORDER BY, only in a correlated subquery, only as `b.*`.
    "SELECT a.id FROM orders AS a JOIN users AS b ON a.user_id = b.id WHERE a.dt = '${date}'",
    'SELECT a.id FROM orders AS a, users AS b WHERE a.x = 1 ORDER BY b.y',
    'SELECT a.id FROM t1 AS a CROSS JOIN t2 AS b WHERE EXISTS (SELECT 1 FROM t3 AS c WHERE c.id = b.id)',
    'SELECT a.id, b.* FROM orders AS a CROSS JOIN users AS b -- b.*\n',
    // A bare column or * may come from any source; USING/NATURAL joins hide where columns come from.
    'SELECT id FROM orders AS a CROSS JOIN users AS b',
    'SELECT * FROM orders AS a CROSS JOIN users AS b',
    'SELECT a.id FROM orders AS a JOIN users AS b USING (id)',
    // `info.name` names no relation here: a struct column that may come from `b`.
    'SELECT a.id, info.name FROM orders AS a JOIN users AS b ON a.uid = a.uid',
    // One source: nothing to tell apart.
    'SELECT x.id FROM orders AS y',
    // Subqueries and table functions are not plain tables; their aliases stay.
    'SELECT a.id FROM orders AS a CROSS JOIN (SELECT id AS x FROM u) AS b',
    { code: 'SELECT a.id, v.x FROM orders AS a LATERAL VIEW explode(a.arr) v AS x', dialect: 'hive' },
    { code: 'SELECT o.id, d.name FROM orders AS o JOIN dim FOR SYSTEM_TIME AS OF o.proc_time AS d ON o.id = d.id', dialect: 'flink' },
    { code: 'SELECT o.id, u.w FROM orders AS o CROSS JOIN UNNEST(o.tags) AS u(w)', dialect: 'flink' },
    {
      code: 'SELECT mr.k FROM t AS a MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.v AS v PATTERN (A B) DEFINE A AS A.v > 0) AS mr',
      dialect: 'flink',
    },
  ],
  invalid: [
    {
      code: 'SELECT a.id FROM orders AS a CROSS JOIN users AS b',
      errors: [{ messageId: 'unused', line: 0, character: 49, endCharacter: 50, message: "table alias 'b' is never used: remove the alias, or the join if the table is not needed" }],
      output: 'SELECT a.id FROM orders AS a CROSS JOIN users',
    },
    {
      // The other `orders` answers to `a`, so the plain name is free.
      code: "SELECT a.id FROM orders a JOIN orders /* old */ b ON a.id = a.parent_id WHERE a.dt = '${date}'",
      dialect: 'hive',
      errors: [{ messageId: 'unused', line: 0, character: 48 }],
      output: "SELECT a.id FROM orders a JOIN orders ON a.id = a.parent_id WHERE a.dt = '${date}'",
    },
    {
      code: 'SELECT a.id, v.x FROM orders AS a JOIN users AS u ON a.id = a.uid LATERAL VIEW explode(a.arr) v AS x',
      dialect: 'hive',
      errors: [{ messageId: 'unused', line: 0, character: 48 }],
      output: 'SELECT a.id, v.x FROM orders AS a JOIN users ON a.id = a.uid LATERAL VIEW explode(a.arr) v AS x',
    },
    {
      code: 'SELECT o.id FROM orders AS o JOIN dim FOR SYSTEM_TIME AS OF o.proc_time AS d ON o.id = o.x',
      dialect: 'flink',
      errors: [{ messageId: 'unused', line: 0, character: 75 }],
      output: 'SELECT o.id FROM orders AS o JOIN dim FOR SYSTEM_TIME AS OF o.proc_time ON o.id = o.x',
    },
    {
      // Dropping the alias would let `users` capture the subquery's `users.id`: reported, not fixed.
      code: 'SELECT a.id FROM orders AS a JOIN db.users AS u ON a.id = a.x WHERE a.y IN (SELECT users.id FROM t AS users)',
      errors: [{ messageId: 'unused', line: 0, character: 46 }],
    },
    {
      code: 'SELECT a.id FROM orders AS a JOIN users AS orders ON a.id = a.x',
      errors: [{ messageId: 'unused', line: 0, character: 43 }],
      output: 'SELECT a.id FROM orders AS a JOIN users ON a.id = a.x',
    },
    {
      code: 'WITH c AS (SELECT x.k FROM s AS x CROSS JOIN u AS y)\nINSERT INTO sink SELECT c.k FROM c',
      dialect: 'flink',
      errors: [{ messageId: 'unused', line: 0, character: 50 }],
      output: 'WITH c AS (SELECT x.k FROM s AS x CROSS JOIN u)\nINSERT INTO sink SELECT c.k FROM c',
    },
  ],
});
