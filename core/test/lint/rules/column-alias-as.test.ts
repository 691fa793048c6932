import rule from '../../../src/lint/rules/column-alias-as';
import { runWithParsingFixes } from '../style-tester';

runWithParsingFixes(rule, {
  valid: [
    "SELECT count(*) AS cnt, a, t.b, '${date}' AS dt FROM t AS x",
    { code: 'SELECT explode(m) AS (k, v) FROM t', dialect: 'hive' },
    { code: 'SELECT window_start AS ws, COUNT(*) AS cnt FROM t GROUP BY window_start', dialect: 'flink' },
    // Table aliases are table-alias-as's business; LATERAL VIEW columns take AS by syntax.
    'SELECT o.id, x FROM orders o LATERAL VIEW explode(o.items) v AS x',
    'SELECT a /* AS */ AS b FROM t',
  ],
  invalid: [
    {
      code: 'SELECT count(*) cnt, a b, c AS d, `e` `f` FROM t',
      errors: [
        { messageId: 'implicit', line: 0, character: 16, endCharacter: 19, message: "column alias 'cnt' without AS: write 'AS cnt'" },
        { messageId: 'implicit', line: 0, character: 23 },
        { messageId: 'implicit', line: 0, character: 38, message: "column alias '`f`' without AS: write 'AS `f`'" },
      ],
      output: 'SELECT count(*) AS cnt, a AS b, c AS d, `e` AS `f` FROM t',
    },
    {
      code: "SELECT a /* why */ b, '${date}' -- x\n dt FROM t",
      dialect: 'hive',
      errors: [
        { messageId: 'implicit', line: 0, character: 19 },
        { messageId: 'implicit', line: 1, character: 1 },
      ],
      output: "SELECT a /* why */ AS b, '${date}' -- x\n AS dt FROM t",
    },
    {
      code: 'INSERT INTO sink SELECT window_start ws, COUNT(*) cnt FROM t GROUP BY window_start',
      dialect: 'flink',
      errors: [
        { messageId: 'implicit', line: 0, character: 37 },
        { messageId: 'implicit', line: 0, character: 50 },
      ],
      output: 'INSERT INTO sink SELECT window_start AS ws, COUNT(*) AS cnt FROM t GROUP BY window_start',
    },
    {
      code: "SELECT * FROM t PIVOT (sum(x) s FOR c IN ('a' AS a))",
      errors: [{ messageId: 'implicit', line: 0, character: 30 }],
      output: "SELECT * FROM t PIVOT (sum(x) AS s FOR c IN ('a' AS a))",
    },
  ],
});
