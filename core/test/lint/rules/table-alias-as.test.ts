import rule from '../../../src/lint/rules/table-alias-as';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    "SELECT o.id FROM orders AS o JOIN (SELECT id FROM users) AS u ON o.id = u.id WHERE o.dt = '${date}'",
    // Hive takes no AS before a LATERAL VIEW's table alias.
    { code: 'SELECT o.id, x FROM orders AS o LATERAL VIEW explode(o.items) v AS x', dialect: 'hive' },
    { code: 'SELECT o.id, d.name FROM orders AS o JOIN dim FOR SYSTEM_TIME AS OF o.proc_time AS d ON o.id = d.id', dialect: 'flink' },
    { code: "SELECT * FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE))", dialect: 'flink' },
    'SELECT a b FROM t -- column aliases are column-alias-as business',
  ],
  invalid: [
    {
      code: 'SELECT o.id FROM orders o JOIN (SELECT id FROM users) u ON o.id = u.id',
      errors: [
        { messageId: 'implicit', line: 0, character: 24, endCharacter: 25, message: "table alias 'o' without AS: write 'AS o'" },
        { messageId: 'implicit', line: 0, character: 54 },
      ],
      output: 'SELECT o.id FROM orders AS o JOIN (SELECT id FROM users) AS u ON o.id = u.id',
    },
    {
      code: "SELECT a FROM db.t `x` /* c */ JOIN s -- c\n y ON x.id = y.id WHERE x.dt = '${date}'",
      dialect: 'hive',
      errors: [
        { messageId: 'implicit', line: 0, character: 19 },
        { messageId: 'implicit', line: 1, character: 1 },
      ],
      output: "SELECT a FROM db.t AS `x` /* c */ JOIN s -- c\n AS y ON x.id = y.id WHERE x.dt = '${date}'",
    },
    {
      code: 'SELECT o.id, d.name FROM orders o JOIN dim FOR SYSTEM_TIME AS OF o.proc_time d ON o.id = d.id',
      dialect: 'flink',
      errors: [
        { messageId: 'implicit', line: 0, character: 32 },
        { messageId: 'implicit', line: 0, character: 77 },
      ],
      output: 'SELECT o.id, d.name FROM orders AS o JOIN dim FOR SYSTEM_TIME AS OF o.proc_time AS d ON o.id = d.id',
    },
    {
      code: 'SELECT s, w FROM t AS a, LATERAL TABLE(split(s)) x(w) CROSS JOIN UNNEST(arr) u(y)',
      dialect: 'flink',
      errors: [
        { messageId: 'implicit', line: 0, character: 49 },
        { messageId: 'implicit', line: 0, character: 77 },
      ],
      output: 'SELECT s, w FROM t AS a, LATERAL TABLE(split(s)) AS x(w) CROSS JOIN UNNEST(arr) AS u(y)',
    },
    {
      code: 'SELECT * FROM t TABLESAMPLE (10 PERCENT) s JOIN explode(array(1, 2)) e',
      errors: [
        { messageId: 'implicit', line: 0, character: 41 },
        { messageId: 'implicit', line: 0, character: 69 },
      ],
      output: 'SELECT * FROM t TABLESAMPLE (10 PERCENT) AS s JOIN explode(array(1, 2)) AS e',
    },
    {
      code: 'SELECT * FROM t MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.v AS v PATTERN (A B) DEFINE A AS A.v > 0) mr',
      dialect: 'flink',
      errors: [{ messageId: 'implicit', line: 0, character: 113 }],
      output: 'SELECT * FROM t MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.v AS v PATTERN (A B) DEFINE A AS A.v > 0) AS mr',
    },
  ],
});
