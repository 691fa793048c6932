import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/keyword-case';

RuleTester.run(rule, {
  valid: [
    'SELECT a FROM t WHERE b IS NOT NULL',
    // Names that spell keywords: quoted, qualified, aliases and columns the parser read as names.
    'SELECT `select`, t.from, s.order.limit FROM t AS `from` JOIN s ON t.id = s.id',
    'SELECT end, sort FROM t',
    "SELECT 'select from' AS x -- select from\nFROM t",
    { code: 'select a from t', options: { capitalisation: 'lower' } },
    { code: 'SELECT a FROM t GROUP BY a', dialect: 'flink' },
    // Functions named like keywords, struct fields, SET keys and Flink option strings are names or text.
    'SELECT if(a, 1, 2), left(s, 2), right(s, 1), x.end FROM t',
    'SET spark.sql.x.partition=true',
    { code: "CREATE TABLE k (a INT) WITH ('connector' = 'kafka', 'format' = 'json')", dialect: 'flink' },
  ],
  invalid: [
    {
      code: 'select a From t',
      errors: [
        { messageId: 'keywordCase', line: 0, character: 0, endLine: 0, endCharacter: 6, message: "keyword 'select' should be upper-case: 'SELECT'" },
        { messageId: 'keywordCase', line: 0, character: 9 },
      ],
      output: 'SELECT a FROM t',
    },
    {
      code: 'INSERT overwrite TABLE t partition (p_date = 1)\nselect a, b as c\nfrom s left join u on s.id = u.id\nunion all select 1, 2 from v',
      errors: [
        { messageId: 'keywordCase', line: 0, character: 7 },
        { messageId: 'keywordCase', line: 0, character: 25 },
        { messageId: 'keywordCase', line: 1, character: 0 },
        { messageId: 'keywordCase', line: 1, character: 12 },
        { messageId: 'keywordCase', line: 2, character: 0 },
        { messageId: 'keywordCase', line: 2, character: 7 },
        { messageId: 'keywordCase', line: 2, character: 12 },
        { messageId: 'keywordCase', line: 2, character: 19 },
        { messageId: 'keywordCase', line: 3, character: 0 },
        { messageId: 'keywordCase', line: 3, character: 6 },
        { messageId: 'keywordCase', line: 3, character: 10 },
        { messageId: 'keywordCase', line: 3, character: 22 },
      ],
      output: 'INSERT OVERWRITE TABLE t PARTITION (p_date = 1)\nSELECT a, b AS c\nFROM s LEFT JOIN u ON s.id = u.id\nUNION ALL SELECT 1, 2 FROM v',
    },
    {
      code: 'create table if not exists t (a int) partitioned by (p string)',
      dialect: 'hive',
      errors: [0, 7, 13, 16, 20, 37, 49].map((character) => ({ messageId: 'keywordCase', line: 0, character })),
      output: 'CREATE TABLE IF NOT EXISTS t (a int) PARTITIONED BY (p string)',
    },
    {
      code: 'SELECT case when a is null then 1 else 2 end, cast(b as INT) FROM t',
      errors: [7, 12, 19, 22, 27, 34, 41, 53].map((character) => ({ messageId: 'keywordCase', line: 0, character })),
      output: 'SELECT CASE WHEN a IS NULL THEN 1 ELSE 2 END, cast(b AS INT) FROM t',
    },
    {
      code: 'SELECT a FROM t',
      options: { capitalisation: 'lower' },
      errors: [
        { messageId: 'keywordCase', line: 0, character: 0, message: "keyword 'SELECT' should be lower-case: 'select'" },
        { messageId: 'keywordCase', line: 0, character: 9 },
      ],
      output: 'select a from t',
    },
  ],
});
