import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/idempotent-partition-write';

const DDL = "CREATE TABLE dwd.dwd_x_di (a BIGINT) PARTITIONED BY (p_date STRING, hour STRING);\nCREATE TABLE dim.dim_y (a BIGINT);\nCREATE TABLE ods.ods_x_di (a BIGINT) PARTITIONED BY (p_date STRING);";
const STREAMING = "/*---\ntype: streaming\n---*/\nINSERT INTO dwd.dwd_x_di SELECT a, '1', '2' FROM ods.ods_x_di;";

RuleTester.run(rule, {
  valid: [
    { code: "INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}', hour)\nSELECT a, '01' AS hour FROM ods.ods_x_di WHERE p_date = '${date}';", catalog: DDL },
    // Unpartitioned tables may be appended to; a table we know nothing about neither.
    { code: 'INSERT INTO dim.dim_y SELECT a FROM ods.ods_x_di;', catalog: DDL },
    'INSERT INTO t SELECT 1;',
    'INSERT OVERWRITE TABLE t SELECT 1;',
    // Spark's REPLACE WHERE replaces what it matches.
    { code: "INSERT INTO dwd.dwd_x_di REPLACE WHERE p_date = '${date}' SELECT a, '${date}', '00' FROM ods.ods_x_di;", catalog: DDL },
    // Streaming jobs append.
    { code: STREAMING, catalog: DDL, file: 'jobs/rt_x.sql' },
    { code: "INSERT INTO dwd.dwd_x_di PARTITION (p_date = '2024') SELECT 1;", dialect: 'flink' },
  ],
  invalid: [
    {
      code: "INSERT INTO TABLE dwd.dwd_x_di PARTITION (p_date = '${date}', hour = '00')\nSELECT a FROM ods.ods_x_di;",
      errors: [{ messageId: 'insertInto', line: 0, character: 0, endCharacter: 30, message: "INSERT INTO partitioned table 'dwd.dwd_x_di' appends, so a rerun duplicates rows; write INSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (...)" }],
    },
    {
      // Known partitioned from the catalog; a multi-insert branch is an INSERT too.
      code: "FROM ods.ods_x_di s\nINSERT OVERWRITE TABLE dwd.dwd_x_di PARTITION (p_date = '${date}', hour = '00') SELECT a\nINSERT INTO dwd.dwd_x_di SELECT a, p_date, '01';",
      catalog: DDL,
      errors: [{ messageId: 'insertInto', line: 2, character: 0, endCharacter: 24 }],
    },
    {
      code: 'INSERT OVERWRITE TABLE dwd.dwd_x_di SELECT a, p_date, \'00\' FROM ods.ods_x_di;',
      catalog: DDL,
      file: 'jobs/dwd_x_di.sql',
      errors: [{ messageId: 'noPartition', line: 0, character: 0, message: "INSERT OVERWRITE of partitioned table 'dwd.dwd_x_di' without PARTITION rewrites every partition; name the ones this run owns: PARTITION (p_date = ..., hour = ...)" }],
    },
  ],
});
