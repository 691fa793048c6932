import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/table-comment';

const FILE = 'tables/dwd/dwd_x_di.sql';

RuleTester.run(rule, {
  valid: [
    { code: "CREATE TABLE dwd.dwd_x_di (a BIGINT) COMMENT 'x rows' PARTITIONED BY (p_date STRING) STORED AS ORC;", file: FILE },
    // Flink: COMMENT before WITH.
    { code: "CREATE TABLE dwd.dwd_x_rt (a BIGINT) COMMENT 'x' WITH ('connector' = 'kafka');", file: 'tables/dwd/dwd_x_rt.sql', dialect: 'flink' },
    { code: "/*---\nowner: a\n---*/\nCREATE VIEW dwd.dwd_x_di COMMENT 'x' AS SELECT 1 AS a;", file: FILE },
    // Jobs create scratch and temporary tables freely; standalone SQL is not a contract.
    { code: 'CREATE TABLE tmp.x AS SELECT 1 AS a;', file: 'jobs/x.sql' },
    'CREATE TABLE dwd.dwd_x_di (a BIGINT);',
    { code: 'CREATE TEMPORARY VIEW v AS SELECT 1 AS a;', file: FILE },
  ],
  invalid: [
    {
      code: "CREATE TABLE IF NOT EXISTS dwd.dwd_x_di (a BIGINT COMMENT 'a')\nPARTITIONED BY (p_date STRING);",
      file: FILE,
      errors: [{ messageId: 'missing', line: 0, character: 27, endCharacter: 39, message: "table 'dwd.dwd_x_di' has no COMMENT; add COMMENT '...' saying what one row is" }],
    },
    {
      code: 'CREATE VIEW dwd.dwd_x_di AS SELECT 1 AS a;',
      file: FILE,
      errors: [{ messageId: 'missing', line: 0, character: 12, message: "view 'dwd.dwd_x_di' has no COMMENT; add COMMENT '...' saying what one row is" }],
    },
    {
      code: "CREATE TABLE dwd.dwd_x_rt (a BIGINT) WITH ('connector' = 'kafka');",
      file: 'tables/dwd/dwd_x_rt.sql',
      dialect: 'flink',
      errors: [{ messageId: 'missing', line: 0, character: 13 }],
    },
  ],
});
