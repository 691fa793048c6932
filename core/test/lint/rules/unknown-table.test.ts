import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/unknown-table';
import { STREAMING, WAREHOUSE } from '../fixtures/warehouse-ddl';

const catalog = WAREHOUSE;

RuleTester.run(rule, {
  valid: [
    // Standalone SQL (no catalog): nothing is known to be missing.
    "SELECT room_id FROM dwd.not_declared WHERE p_date = '${date}'",
    { code: "SELECT room_id FROM dwd.dwd_live_like_di WHERE p_date = '${date}'", catalog },
    // Bare names resolve when one database has the table; mixed case is the same table.
    { code: "SELECT Room_Id FROM DWD_LIVE_LIKE_DI WHERE p_date = '${date}'", catalog },
    // CTEs, temporary views and script DDL are known to the statements after them.
    { code: "WITH likes AS (SELECT room_id FROM dwd.dwd_live_like_di WHERE p_date = '${date}')\nSELECT * FROM likes", catalog },
    { code: "CREATE TEMPORARY VIEW v AS SELECT room_id FROM dwd.dwd_live_like_di WHERE p_date = '${date}';\nSELECT room_id FROM v;", catalog },
    { code: "USE dim;\nSELECT title FROM dim_live_room_df WHERE p_date = '${date}';", catalog, dialect: 'hive' },
    { code: "SELECT room_id, window_start FROM TABLE(TUMBLE(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))", catalog: STREAMING, dialect: 'flink' },
    { code: "CREATE TEMPORARY TABLE src (a BIGINT) WITH ('connector' = 'datagen');\nINSERT INTO rt_room_gift_1min SELECT a, NULL, NULL, NULL, NULL FROM src;", catalog: STREAMING, dialect: 'flink' },
  ],
  invalid: [
    {
      code: "SELECT room_id FROM dwd.dwd_live_likes_di WHERE p_date = '${date}'",
      catalog,
      errors: [{ messageId: 'unknown', line: 0, character: 20, endLine: 0, endCharacter: 41, message: "unknown table 'dwd.dwd_live_likes_di'; did you mean 'dwd.dwd_live_like_di'?" }],
    },
    {
      // In a CTE, a nested subquery and a JOIN; the INSERT target too.
      code: "WITH a AS (SELECT room_id FROM (SELECT room_id FROM ods.ods_like_log_di) s)\nINSERT OVERWRITE TABLE dws.dws_room_1h PARTITION (p_date = '${date}', hour = '00')\nSELECT a.room_id, 0, 0 FROM a JOIN dim.dim_room_df r ON a.room_id = r.room_id",
      catalog,
      dialect: 'hive',
      errors: [
        { messageId: 'unknown', line: 0, character: 52 },
        { messageId: 'unknown', line: 1, character: 23 },
        { messageId: 'unknown', line: 2, character: 35 },
      ],
    },
    {
      // A CTE is not visible before its definition; `x.*` needs a relation `x`.
      code: "WITH a AS (SELECT * FROM b), b AS (SELECT room_id FROM dwd.dwd_live_like_di)\nSELECT * FROM a;\nSELECT r.* FROM dim.dim_gift_df;",
      catalog,
      errors: [
        { messageId: 'unknown', line: 0, character: 25, message: "unknown table 'b'" },
        { messageId: 'unknown', line: 2, character: 7, message: "no relation 'r' in scope for 'r.*'" },
      ],
    },
    {
      code: "SELECT room_id, window_start FROM TABLE(HOP(TABLE ods_gift_event, DESCRIPTOR(event_time), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE))",
      catalog: STREAMING,
      dialect: 'flink',
      errors: [{ messageId: 'unknown', line: 0, character: 50, message: "unknown table 'ods_gift_event'; did you mean 'ods_gift_events'?" }],
    },
  ],
});
