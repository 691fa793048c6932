import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/union-distinct';

RuleTester.run(rule, {
  valid: [
    'SELECT a FROM t UNION ALL SELECT a FROM s',
    'SELECT a FROM t UNION DISTINCT SELECT a FROM s',
    'SELECT a FROM t union /* why */ distinct SELECT a FROM s',
    'SELECT a FROM t INTERSECT SELECT a FROM s',
    { code: 'SELECT a FROM t UNION ALL SELECT a FROM s', dialect: 'hive' },
  ],
  invalid: [
    {
      code: 'SELECT a FROM t UNION SELECT a FROM s',
      errors: [{ messageId: 'bare', line: 0, character: 16, endLine: 0, endCharacter: 21 }],
    },
    {
      // DISTINCT of the right operand's SELECT is not the operator's.
      code: 'SELECT DISTINCT a FROM t UNION SELECT DISTINCT a FROM s UNION (SELECT a FROM u)',
      errors: [
        { messageId: 'bare', line: 0, character: 25 },
        { messageId: 'bare', line: 0, character: 56 },
      ],
    },
    {
      // Nested and parenthesised operands: each bare UNION once, also inside a CTE and a subquery.
      code: 'WITH c AS (SELECT 1 AS a UNION SELECT 2)\nSELECT a FROM c\nUNION ALL (SELECT a FROM s union SELECT a FROM u)\nUNION SELECT a FROM (SELECT 3 AS a UNION DISTINCT SELECT 4 UNION SELECT 5) x',
      dialect: 'hive',
      errors: [
        { messageId: 'bare', line: 0, character: 25 },
        { messageId: 'bare', line: 2, character: 27 },
        { messageId: 'bare', line: 3, character: 0 },
        { messageId: 'bare', line: 3, character: 59 },
      ],
    },
  ],
});
