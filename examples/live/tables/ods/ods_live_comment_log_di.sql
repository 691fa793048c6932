/*---
owner: live-data
description: Bullet comments sent in live rooms with the content-audit verdict.
lifecycle_days: 60
tags: [ods, kafka, interaction]
checks:
  - not_null: [comment_id, room_id, user_id, event_time]
  - unique: [comment_id]
  - accepted_values: {column: audit_status, values: [pass, reject, review]}
---*/
CREATE TABLE IF NOT EXISTS ods.ods_live_comment_log_di (
  comment_id   BIGINT    COMMENT 'comment id',
  room_id      BIGINT    COMMENT 'live room id',
  user_id      BIGINT    COMMENT 'viewer id',
  content      STRING    COMMENT 'comment text',
  audit_status STRING    COMMENT 'pass | reject | review, from the content-audit service',
  risk_label   STRING    COMMENT 'audit label when not passed: spam, abuse, ad, politics',
  event_time   TIMESTAMP COMMENT 'send time on the server',
  device       STRUCT<os:STRING, app_version:STRING, model:STRING> COMMENT 'viewer device'
) COMMENT 'live comment log, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe'
STORED AS TEXTFILE
TBLPROPERTIES ('source.topic' = 'live_comment_log', 'ingest' = 'kafka-to-hive');
