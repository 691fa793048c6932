/*---
owner: {{owner}}
description: Likes, de-duplicated by log id.
lifecycle_days: 730
grain: one row per like (log id)
tags: [dwd]
checks:
  - unique: [log_id]
  - not_null: [log_id, room_id, user_id]
---*/
CREATE TABLE IF NOT EXISTS dwd.dwd_live_like_di (
  log_id     STRING    COMMENT 'like log id',
  room_id    BIGINT    COMMENT 'live room id',
  user_id    BIGINT    COMMENT 'viewer who liked',
  like_cnt   INT       COMMENT 'likes in this tap burst',
  like_time  TIMESTAMP COMMENT 'like time'
) COMMENT 'live likes, daily incremental'
PARTITIONED BY ({{partition_column}} STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
