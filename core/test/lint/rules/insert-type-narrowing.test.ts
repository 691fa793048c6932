import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/insert-type-narrowing';
import { STREAMING, WAREHOUSE } from '../fixtures/warehouse-ddl';

const catalog = WAREHOUSE;
const into = "INSERT OVERWRITE TABLE dwd.dwd_live_like_di PARTITION (p_date = '${date}')";
const from = "FROM ods.ods_live_like_log_di WHERE p_date = '${date}'";
const tumble = "FROM TABLE(TUMBLE(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))\nGROUP BY room_id, window_start, window_end";

RuleTester.run(rule, {
  valid: [
    // Standalone: the target's types are unknown.
    `${into}\nSELECT log_id, '1', 1.5, user_id, like_cnt, device.os, event_time ${from}`,
    // Same types, widening (TINYINT literal into BIGINT, INT into BIGINT, anything into STRING), NULL, unknown functions.
    { code: `${into}\nSELECT log_id, room_id, 0 AS anchor_id, user_id, like_cnt, device.os AS os, event_time AS like_time ${from}`, catalog },
    { code: `${into}\nSELECT room_id, like_cnt, NULL, my_udf(log_id), CAST(like_cnt AS INT), like_cnt + 1, event_time ${from}`, catalog, dialect: 'hive' },
    // Explicit CASTs say it is meant; DOUBLE into DECIMAL is taken as meant; DATE from a TIMESTAMP through a CTE.
    { code: "WITH c AS (SELECT gift_id, gift_name, price FROM dim.dim_gift_df)\nINSERT OVERWRITE TABLE dim.dim_gift_df SELECT gift_id, gift_name, price, round(price, 2) FROM c", catalog },
    { code: "INSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '${date}', hour = '00')\nSELECT room_id, count(*), CAST(sum(like_cnt) AS DECIMAL(18,2)) FROM dwd.dwd_live_like_di WHERE p_date = '${date}' GROUP BY room_id", catalog },
    { code: `INSERT INTO rt_room_gift_1min\nSELECT room_id, window_start, window_end, sum(amount), count(*)\n${tumble}`, catalog: STREAMING, dialect: 'flink' },
    // Hive converts strings to timestamps by design.
    { code: `${into}\nSELECT log_id, room_id, 0, user_id, like_cnt, 'ios', from_unixtime(1700000000) ${from}`, catalog, dialect: 'hive' },
  ],
  invalid: [
    {
      code: `${into}\nSELECT log_id, '12', 1.5, CAST(user_id AS STRING), like_cnt * 1.0, os, event_time ${from.replace('ods.ods_live_like_log_di', 'dwd.dwd_live_like_di')}`,
      catalog,
      errors: [
        { messageId: 'narrowing', line: 1, character: 15, endCharacter: 19, message: "STRING value written into column 'room_id' BIGINT of 'dwd.dwd_live_like_di': values that do not fit are cut or become NULL; CAST it explicitly, or widen the column" },
        { messageId: 'narrowing', line: 1, character: 21, message: "DECIMAL value written into column 'anchor_id' BIGINT of 'dwd.dwd_live_like_di': values that do not fit are cut or become NULL; CAST it explicitly, or widen the column" },
        { messageId: 'narrowing', line: 1, character: 26 },
        { messageId: 'narrowing', line: 1, character: 51 },
      ],
    },
    {
      // BIGINT (count(*)) into INT, through a subquery.
      code: `${into}\nSELECT log_id, room_id, anchor_id, user_id, n, os, like_time FROM (SELECT log_id, room_id, 0 AS anchor_id, user_id, count(*) AS n, 'x' AS os, event_time AS like_time ${from} GROUP BY log_id, room_id, user_id, event_time) s`,
      catalog,
      dialect: 'hive',
      errors: [{ messageId: 'narrowing', line: 1, character: 44, message: "BIGINT value written into column 'like_cnt' INT of 'dwd.dwd_live_like_di': values that do not fit are cut or become NULL; CAST it explicitly, or widen the column" }],
    },
    {
      // Spark rejects a string into a TIMESTAMP column under its default (ANSI) store assignment.
      code: `${into}\nSELECT log_id, room_id, 0, user_id, like_cnt, 'ios', from_unixtime(1700000000) ${from}`,
      catalog,
      errors: [{ messageId: 'narrowing', line: 1, character: 53 }],
    },
    {
      // VALUES rows: a column is typed by its first typed value.
      code: "INSERT INTO dim.dim_gift_df VALUES (1, 'rose', 1.0, NULL), (2, 'car', 2.5, 'free')",
      catalog,
      errors: [{ messageId: 'narrowing', line: 0, character: 28, message: "STRING value written into column 'small_price' DECIMAL(10,2) of 'dim.dim_gift_df': values that do not fit are cut or become NULL; CAST it explicitly, or widen the column" }],
    },
    {
      // Fewer integer digits, a smaller scale.
      code: "INSERT OVERWRITE TABLE dim.dim_gift_df SELECT gift_id, gift_name, price, CAST(price AS DECIMAL(12,2)) FROM dim.dim_gift_df;\nINSERT OVERWRITE TABLE dim.dim_gift_df SELECT gift_id, gift_name, price, CAST(price AS DECIMAL(10,4)) FROM dim.dim_gift_df;",
      catalog,
      errors: [
        { messageId: 'narrowing', line: 0, character: 73 },
        { messageId: 'narrowing', line: 1, character: 73 },
      ],
    },
    {
      code: `INSERT INTO rt_room_gift_1min\nSELECT room_id, window_start, window_end, sum(amount), uid_text\n${tumble}, uid_text`,
      catalog: STREAMING,
      dialect: 'flink',
      errors: [{ messageId: 'narrowing', line: 1, character: 55, message: "STRING value written into column 'gift_cnt' BIGINT of 'rt_room_gift_1min': values that do not fit are cut or become NULL; CAST it explicitly, or widen the column" }],
    },
  ],
});
