/*---
owner: {{owner}}
description: Like events landed from the app log, one row per like.
lifecycle_days: 180
tags: [ods, log]
checks:
  - not_null: [log_id, room_id, user_id]
---*/
CREATE TABLE IF NOT EXISTS ods.ods_live_like_log_di (
  log_id      STRING    COMMENT 'log id; the log collector may deliver a like twice',
  room_id     BIGINT    COMMENT 'live room id',
  user_id     BIGINT    COMMENT 'viewer who liked',
  like_cnt    INT       COMMENT 'likes in this tap burst',
  event_time  TIMESTAMP COMMENT 'like time on the server'
) COMMENT 'live like log, daily incremental'
PARTITIONED BY ({{partition_column}} STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
