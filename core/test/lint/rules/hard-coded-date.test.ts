import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/hard-coded-date';

const JOB = 'jobs/dwd_x_di.sql';
const DDL = 'CREATE TABLE ods.ods_x_di (a BIGINT, create_time STRING) PARTITIONED BY (log_day STRING);';

RuleTester.run(rule, {
  valid: [
    { code: "INSERT OVERWRITE TABLE dwd.x PARTITION (p_date = '${date}')\nSELECT a FROM ods.ods_x_di WHERE p_date = '${date}' AND dt >= date_sub('${date}', 7) AND ds = ${date_nodash};", file: JOB },
    // Dates on other columns, dates in SELECT, month strings, other numbers.
    { code: "SELECT a, '2024-01-01' AS since FROM s WHERE create_time >= '2024-01-01' AND p_date = '${date}' AND p_date <> '2024-13-01' AND dt = 2024010 AND ds = '202401';", file: JOB },
    { code: "SELECT a FROM ods.ods_x_di WHERE log_day = '${date}' AND create_time > '2024-01-01';", file: JOB, catalog: DDL },
    // Comments, window functions and LATERAL VIEW around a scheduled filter.
    { code: "-- backfilled from 2024-01-01\nSELECT a, row_number() OVER (PARTITION BY p_date ORDER BY ts) AS rn\nFROM s LATERAL VIEW explode(tags) t AS tag\nWHERE p_date = '${date}' /* not '2024-01-01' */;", file: JOB },
    // A subquery's own filter is not a comparison with p_date.
    { code: "SELECT a FROM s WHERE p_date = (SELECT max(p_date) FROM s WHERE flag_date = '2024-01-01');", file: JOB },
    // Ad-hoc SQL and table files are not scheduled jobs.
    "SELECT a FROM s WHERE p_date = '2024-01-01';",
    { code: "CREATE VIEW dwd.v AS SELECT a FROM s WHERE p_date = '2024-01-01';", file: 'tables/dwd/v.sql' },
    { code: "SELECT a FROM s WHERE p_date = '2024-01-01';", file: JOB, options: { partitionColumns: [] } },
  ],
  invalid: [
    {
      code: "INSERT OVERWRITE TABLE dwd.x PARTITION (p_date = '2024-01-01', hour = '00')\nSELECT a FROM s\nWHERE p_date BETWEEN '2023-12-01' AND date_sub('2024-01-01', 1)\n  AND dt IN (20240101, 20240102) AND ds = DATE '2024-02-29' AND P_DATE = \"20240101\";",
      file: JOB,
      errors: [
        { messageId: 'date', line: 0, character: 49, endCharacter: 61, message: "hard-coded date '2024-01-01' on partition column 'p_date'; use '${date}' (or an offset of it) so that reruns and backfills process their own day" },
        { messageId: 'date', line: 2, character: 21 },
        { messageId: 'date', line: 2, character: 47 },
        { messageId: 'date', line: 3, character: 13, message: "hard-coded date '20240101' on partition column 'dt'; use ${date_nodash} (or an offset of it) so that reruns and backfills process their own day" },
        { messageId: 'date', line: 3, character: 23 },
        { messageId: 'date', line: 3, character: 42 },
        { messageId: 'date', line: 3, character: 73 },
      ],
    },
    {
      code: "ALTER TABLE dwd.x DROP IF EXISTS PARTITION (p_date = '2024-01-01');\nTRUNCATE TABLE dwd.x PARTITION (dt = 20240101);",
      file: JOB,
      errors: [
        { messageId: 'date', line: 0, character: 53 },
        { messageId: 'date', line: 1, character: 37 },
      ],
    },
    {
      // The catalog knows the partition columns of the tables the job reads.
      code: "SELECT c.a FROM ods.ods_x_di c WHERE '2024-05-01' = c.log_day;",
      file: JOB,
      catalog: DDL,
      errors: [{ messageId: 'date', line: 0, character: 37, message: "hard-coded date '2024-05-01' on partition column 'log_day'; use '${date}' (or an offset of it) so that reruns and backfills process their own day" }],
    },
  ],
});
