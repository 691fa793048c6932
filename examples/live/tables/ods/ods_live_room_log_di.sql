/*---
owner: live-data
description: Anchor broadcast events (start, pause, resume, stop) landed from the room-service Kafka topic, one row per event.
lifecycle_days: 90
tags: [ods, kafka, room]
checks:
  - not_null: [log_id, room_id, anchor_id, event_type, event_time]
  - unique: [log_id]
  - accepted_values: {column: event_type, values: [start, pause, resume, stop]}
---*/
CREATE TABLE IF NOT EXISTS ods.ods_live_room_log_di (
  log_id      STRING    COMMENT 'log id assigned by the collector, unique per event',
  room_id     BIGINT    COMMENT 'live room id',
  anchor_id   BIGINT    COMMENT 'anchor id of the broadcasting account',
  event_type  STRING    COMMENT 'start | pause | resume | stop',
  room_title  STRING    COMMENT 'room title at the time of the event',
  category    STRING    COMMENT 'room category chosen by the anchor: game, music, chat, shop, outdoor',
  event_time  TIMESTAMP COMMENT 'event time on the anchor device',
  device      STRUCT<os:STRING, app_version:STRING, model:STRING> COMMENT 'anchor device',
  ext         MAP<STRING, STRING> COMMENT 'free-form extras, e.g. stream_quality, push_cdn'
) COMMENT 'live room broadcast event log, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe'
STORED AS TEXTFILE
TBLPROPERTIES ('source.topic' = 'live_room_log', 'ingest' = 'kafka-to-hive');
