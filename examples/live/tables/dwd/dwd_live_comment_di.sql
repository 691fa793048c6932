/*---
owner: live-data
description: Bullet comments that passed content audit.
lifecycle_days: 180
tags: [dwd, interaction]
checks:
  - unique: [comment_id]
  - not_null: [comment_id, room_id, user_id]
---*/
CREATE TABLE IF NOT EXISTS dwd.dwd_live_comment_di (
  comment_id    BIGINT    COMMENT 'comment id',
  room_id       BIGINT    COMMENT 'live room id',
  user_id       BIGINT    COMMENT 'viewer id',
  content       STRING    COMMENT 'comment text',
  content_len   INT       COMMENT 'characters in the comment',
  os            STRING    COMMENT 'viewer device os',
  comment_time  TIMESTAMP COMMENT 'send time'
) COMMENT 'live comments that passed audit, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
