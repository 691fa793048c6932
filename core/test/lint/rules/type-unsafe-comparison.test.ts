import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/type-unsafe-comparison';
import { STREAMING, WAREHOUSE } from '../fixtures/warehouse-ddl';

const catalog = WAREHOUSE;
const users = "SELECT 1 FROM ods.ods_user_profile_db_df WHERE p_date = '${date}'";
const cast = 'one side is cast implicitly and engines cast differently (Hive compares as DOUBLE, losing digits of large ids; strings that are no numbers become NULL); CAST one side explicitly';

RuleTester.run(rule, {
  valid: [
    // Standalone: column types are unknown.
    'SELECT 1 FROM dwd.dwd_live_like_di l JOIN ods.ods_user_profile_db_df u ON l.user_id = u.user_id',
    // Same families; string literals that are numbers or variables; dates against strings; explicit CASTs.
    { code: `${users} AND nick = 'a' AND age = 18 AND age = '18' AND age BETWEEN '1' AND '9' AND user_id IN ('1', '\${uid}')`, catalog },
    { code: "SELECT 1 FROM dwd.dwd_live_like_di WHERE p_date = '${date}' AND like_time >= '2024-01-01 00:00:00' AND room_id = '${room_id}' AND CAST(user_id AS STRING) = log_id", catalog, dialect: 'hive' },
    { code: "SELECT l.room_id FROM dwd.dwd_live_like_di l JOIN ods.ods_user_profile_db_df u ON CAST(l.user_id AS STRING) = u.user_id AND u.p_date = l.p_date WHERE l.p_date = '${date}'", catalog },
    // Through a CTE that casts; unknown function results are not guessed.
    { code: "WITH u AS (SELECT CAST(user_id AS BIGINT) AS user_id FROM ods.ods_user_profile_db_df WHERE p_date = '${date}')\nSELECT 1 FROM dwd.dwd_live_like_di l JOIN u ON l.user_id = u.user_id WHERE l.p_date = '${date}' AND my_udf(l.log_id) = 1", catalog },
    { code: "SELECT room_id FROM TABLE(TUMBLE(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE)) WHERE user_id = 42 AND uid_text = 'abc'", catalog: STREAMING, dialect: 'flink' },
  ],
  invalid: [
    {
      code: "SELECT o.room_id\nFROM dwd.dwd_live_like_di o\nJOIN ods.ods_user_profile_db_df u ON o.user_id = u.user_id AND u.p_date = '${date}'\nWHERE o.p_date = '${date}'",
      catalog,
      errors: [{ messageId: 'joinKey', line: 2, character: 37, endCharacter: 58, message: `join key BIGINT = STRING: ${cast}` }],
    },
    {
      code: "SELECT 1 FROM dwd.dwd_live_like_di l JOIN ods.ods_user_profile_db_df u USING (user_id) WHERE l.p_date = '${date}' AND u.p_date = '${date}'",
      catalog,
      dialect: 'hive',
      errors: [{ messageId: 'joinKey', line: 0, character: 78 }],
    },
    {
      // A string column against a number, a number against a non-numeric string, a partition column against a number, IN lists (once, whichever item).
      code: `${users} AND is_vip = 1 AND age > 'x' AND p_date = 20240101 AND user_id IN (1, 2) AND age IN ('1', 'x', 'y')`,
      catalog,
      errors: [
        { messageId: 'compare', line: 0, character: 70, message: `STRING compared with number 1: ${cast}` },
        { messageId: 'compare', line: 0, character: 85, message: `INT compared with string 'x': ${cast}` },
        { messageId: 'compare', line: 0, character: 99 },
        { messageId: 'compare', line: 0, character: 121 },
        { messageId: 'compare', line: 0, character: 143, message: `INT compared with string 'x': ${cast}` },
      ],
    },
    {
      // In a select-list CASE of a subquery, and a timestamp against a number.
      code: "SELECT * FROM (SELECT CASE WHEN l.user_id = u.user_id THEN 1 END AS same FROM dwd.dwd_live_like_di l CROSS JOIN ods.ods_user_profile_db_df u WHERE l.like_time > 0) s",
      catalog,
      errors: [
        { messageId: 'compare', line: 0, character: 32, message: `BIGINT compared with STRING: ${cast}` },
        { messageId: 'compare', line: 0, character: 147 },
      ],
    },
    {
      code: 'SELECT room_id FROM ods_gift_events WHERE uid_text = user_id',
      catalog: STREAMING,
      dialect: 'flink',
      errors: [{ messageId: 'compare', line: 0, character: 42, message: `STRING compared with BIGINT: ${cast}` }],
    },
  ],
});
