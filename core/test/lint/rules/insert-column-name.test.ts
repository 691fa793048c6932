import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/insert-column-name';
import { STREAMING, WAREHOUSE } from '../fixtures/warehouse-ddl';

const catalog = WAREHOUSE;
const into = "INSERT OVERWRITE TABLE dwd.dwd_live_like_di PARTITION (p_date = '${date}')";
const from = "FROM ods.ods_live_like_log_di WHERE p_date = '${date}'";

RuleTester.run(rule, {
  valid: [
    // Standalone: the target's columns are unknown.
    `${into}\nSELECT log_id, user_id AS uid ${from}`,
    // Aliases and column names that match, computed items without an alias, mixed case, comments.
    { code: `${into}\nSELECT log_id, Room_Id, 0 AS anchor_id, user_id, like_cnt * 2, device.os AS OS /* viewer */, event_time AS like_time ${from}`, catalog },
    // A column whose name is no target column (renamed on the way) is not a swap.
    { code: `${into}\nSELECT l.log_id, l.room_id, r.anchor_id, l.user_id, l.like_cnt, r.title, l.event_time\n${from.replace('FROM ods.ods_live_like_log_di', 'FROM ods.ods_live_like_log_di l JOIN dim.dim_live_room_df r ON l.room_id = r.room_id AND r.p_date = l.p_date')}`, catalog },
    // A column list decides the positions; dynamic partitions come last.
    { code: "INSERT INTO dws.dws_live_room_1h PARTITION (p_date = '${date}', hour) (like_cnt, room_id)\nSELECT like_cnt, room_id, hour FROM dws.dws_live_room_1h WHERE p_date = '${date}'", catalog, dialect: 'hive' },
    // Spark BY NAME matches by name; `SELECT *` of a table with the same columns; a CTE with the right aliases.
    { code: "INSERT INTO dws.dws_live_room_1h PARTITION (p_date = '${date}', hour = '00') BY NAME\nSELECT amount, like_cnt, room_id FROM dws.dws_live_room_1h WHERE p_date = '${date}'", catalog },
    { code: "WITH c AS (SELECT room_id, sum(like_cnt) AS like_cnt, 0 AS amount FROM dwd.dwd_live_like_di WHERE p_date = '${date}' GROUP BY room_id)\nINSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '${date}', hour = '00')\nSELECT * FROM c", catalog },
    { code: "INSERT INTO rt_room_gift_1min\nSELECT room_id, window_start, window_end, sum(amount) AS gift_amount, count(*) AS gift_cnt\nFROM TABLE(TUMBLE(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))\nGROUP BY room_id, window_start, window_end", catalog: STREAMING, dialect: 'flink' },
  ],
  invalid: [
    {
      // Two swapped columns and an alias that names no column of the target.
      code: `${into}\nSELECT log_id, user_id, 0 AS anchor_id, room_id, like_cnt * 2 AS likes, device.os, event_time ${from}`,
      catalog,
      errors: [
        { messageId: 'swapped', line: 1, character: 15, endCharacter: 22, message: "select item 2 is column 'user_id' but is written into column 'room_id' of 'dwd.dwd_live_like_di', which has its own 'user_id': INSERT matches columns by position; reorder the select list" },
        { messageId: 'swapped', line: 1, character: 40 },
        { messageId: 'alias', line: 1, character: 65, endCharacter: 70, message: "select item 5 is named 'likes' but is written into column 'like_cnt' of 'dwd.dwd_live_like_di': INSERT matches columns by position, not by name; reorder the select list or fix the alias" },
      ],
    },
    {
      // `SELECT *` over a CTE: reported at the aliases inside the CTE.
      code: "WITH c AS (SELECT room_id AS rid, like_cnt, amount FROM dws.dws_live_room_1h WHERE p_date = '${date}')\nINSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '${date}', hour = '00')\nSELECT * FROM c",
      catalog,
      dialect: 'hive',
      errors: [{ messageId: 'alias', line: 0, character: 29 }],
    },
    {
      // With a column list, the list's order counts.
      code: "INSERT INTO dws.dws_live_room_1h PARTITION (p_date = '${date}', hour = '00') (like_cnt, room_id)\nSELECT room_id, like_cnt FROM dws.dws_live_room_1h WHERE p_date = '${date}'",
      catalog,
      errors: [
        { messageId: 'swapped', line: 1, character: 7 },
        { messageId: 'swapped', line: 1, character: 16 },
      ],
    },
    {
      code: "INSERT INTO rt_room_gift_1min\nSELECT room_id, window_start, window_end, count(*) AS gift_cnt, sum(amount) AS gift_amount\nFROM TABLE(HOP(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE))\nGROUP BY room_id, window_start, window_end",
      catalog: STREAMING,
      dialect: 'flink',
      errors: [
        { messageId: 'alias', line: 1, character: 54 },
        { messageId: 'alias', line: 1, character: 79 },
      ],
    },
  ],
});
