/*---
owner: live-data
description: Like (heart tap) events; the client batches taps and reports a count every few seconds.
lifecycle_days: 60
tags: [ods, kafka, interaction]
checks:
  - not_null: [log_id, room_id, user_id, like_cnt, event_time]
---*/
CREATE TABLE IF NOT EXISTS ods.ods_live_like_log_di (
  log_id      STRING    COMMENT 'log id assigned by the collector',
  room_id     BIGINT    COMMENT 'live room id',
  user_id     BIGINT    COMMENT 'viewer id',
  like_cnt    INT       COMMENT 'taps in this report batch',
  event_time  TIMESTAMP COMMENT 'report time on the viewer device',
  device      STRUCT<os:STRING, app_version:STRING, model:STRING> COMMENT 'viewer device'
) COMMENT 'live like log, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe'
STORED AS TEXTFILE
TBLPROPERTIES ('source.topic' = 'live_like_log', 'ingest' = 'kafka-to-hive');
