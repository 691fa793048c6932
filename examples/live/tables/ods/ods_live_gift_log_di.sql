/*---
owner: live-data
description: Gift sending events from the gift service, one row per send (a combo of N gifts is one row).
lifecycle_days: 180
tags: [ods, kafka, revenue]
checks:
  - not_null: [log_id, room_id, user_id, gift_id, gift_cnt, event_time]
  - expression: gift_cnt > 0
---*/
CREATE TABLE IF NOT EXISTS ods.ods_live_gift_log_di (
  log_id      STRING    COMMENT 'log id; the gift service retries, so the same log id may land twice',
  room_id     BIGINT    COMMENT 'live room id',
  anchor_id   BIGINT    COMMENT 'anchor receiving the gift',
  user_id     BIGINT    COMMENT 'viewer sending the gift',
  gift_id     BIGINT    COMMENT 'gift id, see ods_gift_config_db_df',
  gift_cnt    INT       COMMENT 'number of gifts in this send',
  combo_id    STRING    COMMENT 'combo id shared by consecutive sends of one combo',
  event_time  TIMESTAMP COMMENT 'send time on the server',
  extra       STRING    COMMENT 'JSON text: {"source": "panel|bag|lottery", "is_lucky": "0|1"}',
  device      STRUCT<os:STRING, app_version:STRING, model:STRING> COMMENT 'sender device'
) COMMENT 'live gift send log, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe'
STORED AS TEXTFILE
TBLPROPERTIES ('source.topic' = 'live_gift_log', 'ingest' = 'kafka-to-hive');
