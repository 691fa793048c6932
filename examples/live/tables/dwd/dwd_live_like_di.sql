/*---
owner: live-data
description: Like report batches with the room's anchor attached.
lifecycle_days: 180
tags: [dwd, interaction]
checks:
  - not_null: [room_id, user_id, like_cnt]
  - expression: like_cnt > 0
---*/
CREATE TABLE IF NOT EXISTS dwd.dwd_live_like_di (
  log_id     STRING    COMMENT 'like report log id',
  room_id    BIGINT    COMMENT 'live room id',
  anchor_id  BIGINT    COMMENT 'owner anchor of the room, 0 when unknown',
  user_id    BIGINT    COMMENT 'viewer id',
  like_cnt   INT       COMMENT 'taps in this report batch',
  os         STRING    COMMENT 'viewer device os',
  like_time  TIMESTAMP COMMENT 'report time'
) COMMENT 'live likes, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
