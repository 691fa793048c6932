import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/insert-column-count';
import { STREAMING, WAREHOUSE } from '../fixtures/warehouse-ddl';

const catalog = WAREHOUSE;
const from = "FROM ods.ods_live_like_log_di WHERE p_date = '${date}'";

RuleTester.run(rule, {
  valid: [
    // Standalone: the target's columns are unknown.
    `INSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '\${date}', hour = '00') SELECT room_id ${from}`,
    // Static partitions are not in the select list; dynamic ones are, last.
    { code: `INSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '\${date}', hour = '00')\nSELECT room_id, like_cnt, 0 ${from}`, catalog },
    { code: `INSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '\${date}', hour)\nSELECT room_id, like_cnt, 0, hour(event_time) AS hour ${from}`, catalog, dialect: 'hive' },
    { code: `INSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date, hour)\nSELECT room_id, like_cnt, 0, p_date, '00' ${from}`, catalog },
    // A column list; `*` over a CTE with the right width; a UNION.
    { code: `INSERT INTO dws.dws_live_room_1h PARTITION (p_date = '\${date}', hour = '00') (room_id, like_cnt)\nSELECT room_id, like_cnt ${from}`, catalog },
    { code: `WITH c AS (SELECT room_id, like_cnt, 0 AS amount ${from})\nINSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '\${date}', hour = '00')\nSELECT * FROM c UNION ALL SELECT * FROM c`, catalog },
    { code: "INSERT INTO rt_room_gift_1min\nSELECT room_id, window_start, window_end, sum(amount), count(*)\nFROM TABLE(TUMBLE(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))\nGROUP BY room_id, window_start, window_end", catalog: STREAMING, dialect: 'flink' },
  ],
  invalid: [
    {
      code: `INSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '\${date}', hour = '00')\nSELECT room_id, like_cnt ${from}`,
      catalog,
      errors: [{ messageId: 'count', line: 0, character: 23, message: "INSERT into 'dws.dws_live_room_1h' has 2 columns but the table has 3 (excluding 2 static partition columns)" }],
    },
    {
      code: `INSERT INTO dws.dws_live_room_1h PARTITION (p_date = '\${date}', hour) (room_id, like_cnt)\nSELECT room_id, like_cnt ${from}`,
      catalog,
      errors: [{ messageId: 'count', line: 0, character: 12, message: "INSERT into 'dws.dws_live_room_1h' has 2 columns but its column list and dynamic partitions name 3" }],
    },
    {
      code: `INSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '\${date}')\nSELECT room_id, like_cnt, 0 ${from}`,
      catalog,
      dialect: 'hive',
      errors: [{ messageId: 'partition', line: 0, character: 55 }],
    },
    {
      code: "INSERT INTO rt_room_gift_1min\nSELECT room_id, window_start, sum(amount), count(*)\nFROM TABLE(TUMBLE(TABLE ods_gift_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))\nGROUP BY room_id, window_start",
      catalog: STREAMING,
      dialect: 'flink',
      errors: [{ messageId: 'count', line: 0, character: 12, message: "INSERT into 'rt_room_gift_1min' has 4 columns but the table has 5" }],
    },
  ],
});
