import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/column-naming';

const TABLE = 'tables/dwd/dwd_x_di.sql';
const JOB = 'jobs/dwd_x_di.sql';

RuleTester.run(rule, {
  valid: [
    { code: 'CREATE TABLE dwd.dwd_x_di (room_id BIGINT, action STRING, source STRING, status INT) PARTITIONED BY (p_date STRING, hour STRING);', file: TABLE },
    // `hour` is reserved in Flink only.
    { code: 'INSERT OVERWRITE TABLE dws.t PARTITION (p_date = \'${date}\', hour)\nSELECT a AS room_id, date_format(ts, \'HH\') AS hour FROM s;', file: JOB },
    // Aliases inside CTEs, subqueries and temporary views are not outputs.
    { code: 'WITH c AS (SELECT a AS `Date` FROM s)\nINSERT INTO t SELECT x.`Date` AS day_str FROM (SELECT `Date` FROM c) x;', file: JOB },
    { code: 'CREATE TEMPORARY VIEW v AS SELECT a AS userId FROM s;', file: JOB },
    { code: 'CREATE TABLE dwd.dwd_x_di (`date` STRING);', file: TABLE, options: { allowed: ['date'] } },
    // Standalone SQL is nobody's contract.
    'CREATE TABLE t (`user` STRING, userId BIGINT);',
  ],
  invalid: [
    {
      code: 'CREATE TABLE dwd.dwd_x_di (\n  userId BIGINT,\n  `date` STRING,\n  `Order` INT\n) PARTITIONED BY (Dt STRING);',
      file: TABLE,
      errors: [
        { messageId: 'case', line: 1, character: 2, endCharacter: 8, message: "column 'userId' is not lower snake_case; name it 'user_id'" },
        { messageId: 'reserved', line: 2, character: 2, message: "column 'date' is a reserved word in Spark, so every query must quote it; pick another name" },
        { messageId: 'reserved', line: 3, character: 2 },
        { messageId: 'case', line: 4, character: 18 },
      ],
    },
    {
      code: "CREATE TABLE ads.ads_x_1min (room_id BIGINT, `hour` INT, `value` DOUBLE) WITH ('connector' = 'jdbc');",
      file: 'tables/ads/ads_x_1min.sql',
      dialect: 'flink',
      errors: [
        { messageId: 'reserved', line: 0, character: 45, message: "column 'hour' is a reserved word in Flink, so every query must quote it; pick another name" },
        { messageId: 'reserved', line: 0, character: 57 },
      ],
    },
    {
      // Output aliases of a job: every branch of a UNION, multi-insert branches, UDTF alias lists.
      code: 'INSERT OVERWRITE TABLE t SELECT a AS userId FROM s UNION ALL SELECT b AS `user` FROM u;\nFROM s INSERT INTO a SELECT x AS `Timestamp` INSERT INTO b SELECT stack(1, x, y) AS (k, `Select`);',
      file: JOB,
      errors: [
        { messageId: 'case', line: 0, character: 37 },
        { messageId: 'reserved', line: 0, character: 73 },
        { messageId: 'reserved', line: 1, character: 33 },
        { messageId: 'reserved', line: 1, character: 88 },
      ],
    },
    { code: 'CREATE TABLE dwd.dwd_x_di (score DOUBLE);', file: TABLE, options: { reserved: ['score'] }, errors: [{ messageId: 'reserved', line: 0, character: 27 }] },
  ],
});
