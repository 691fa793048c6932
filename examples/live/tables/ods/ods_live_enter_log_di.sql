/*---
owner: live-data
description: Viewer enter and leave events of live rooms, landed hourly from the Kafka topic live_enter_log.
lifecycle_days: 90
tags: [ods, kafka, traffic]
checks:
  - not_null: [log_id, room_id, user_id, action, event_time]
  - unique: [log_id]
  - accepted_values: {column: action, values: [enter, leave]}
---*/
CREATE TABLE IF NOT EXISTS ods.ods_live_enter_log_di (
  log_id      STRING    COMMENT 'log id assigned by the collector, unique per event',
  room_id     BIGINT    COMMENT 'live room id',
  user_id     BIGINT    COMMENT 'viewer id',
  action      STRING    COMMENT 'enter | leave',
  source      STRING    COMMENT 'where the viewer came from: feed, follow, search, share',
  event_time  TIMESTAMP COMMENT 'event time on the viewer device',
  device      STRUCT<os:STRING, app_version:STRING, model:STRING> COMMENT 'viewer device',
  ext         MAP<STRING, STRING> COMMENT 'free-form extras, e.g. network, ab_group'
) COMMENT 'live room enter/leave log, hourly incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd', hour STRING COMMENT 'HH, 00-23')
ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe'
STORED AS TEXTFILE
TBLPROPERTIES ('source.topic' = 'live_enter_log', 'ingest' = 'kafka-to-hive');
