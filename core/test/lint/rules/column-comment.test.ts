import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/column-comment';

const FILE = 'tables/dwd/dwd_x_di.sql';

RuleTester.run(rule, {
  valid: [
    { code: "CREATE TABLE dwd.dwd_x_di (a BIGINT COMMENT 'a', s STRUCT<x: INT> COMMENT 's') COMMENT 't' PARTITIONED BY (p_date STRING COMMENT 'day');", file: FILE },
    // Spark identity partitioning names a column declared above.
    { code: "CREATE TABLE dwd.dwd_x_di (a BIGINT COMMENT 'a', p_date STRING COMMENT 'day') USING parquet PARTITIONED BY (p_date);", file: FILE },
    { code: "CREATE TABLE dwd.dwd_x_di (a BIGINT COMMENT 'a') PARTITIONED BY (p_date STRING);", file: FILE, options: { partitionColumns: false } },
    { code: 'CREATE TEMPORARY TABLE src (a BIGINT) WITH (\'connector\' = \'datagen\');', file: 'jobs/rt.sql', dialect: 'flink' },
    'CREATE TABLE dwd.dwd_x_di (a BIGINT);',
  ],
  invalid: [
    {
      code: "CREATE TABLE dwd.dwd_x_di (\n  a BIGINT,\n  b STRING COMMENT 'b',\n  `c d` INT\n) PARTITIONED BY (p_date STRING, hour STRING COMMENT 'HH');",
      file: FILE,
      errors: [
        { messageId: 'missing', line: 1, character: 2, endCharacter: 3, message: "column 'a' has no COMMENT; add COMMENT '...' saying what it means (unit, values, null meaning)" },
        { messageId: 'missing', line: 3, character: 2 },
        { messageId: 'missing', line: 4, character: 18 },
      ],
    },
    {
      // Flink computed columns are columns too.
      code: "CREATE TABLE dwd.dwd_x_rt (a BIGINT COMMENT 'a', ts AS PROCTIME()) COMMENT 't' WITH ('connector' = 'kafka');",
      file: 'tables/dwd/dwd_x_rt.sql',
      dialect: 'flink',
      errors: [{ messageId: 'missing', line: 0, character: 49 }],
    },
  ],
});
