/*---
owner: live-data
description: One row per viewer watch session (enter to leave) per day.
lifecycle_days: 400
grain: one row per room, viewer and enter time
tags: [dwd, traffic]
checks:
  - unique: [room_id, user_id, session_id]
  - not_null: [room_id, user_id, enter_time, watch_seconds]
  - expression: watch_seconds >= 0
---*/
CREATE TABLE IF NOT EXISTS dwd.dwd_live_room_watch_di (
  room_id       BIGINT    COMMENT 'live room id',
  user_id       BIGINT    COMMENT 'viewer id',
  session_id    STRING    COMMENT 'room_user_enter-epoch, unique per watch session',
  anchor_id     BIGINT    COMMENT 'owner anchor of the room, 0 when the room is unknown',
  category      STRING    COMMENT 'room category, unknown when the room is unknown',
  enter_time    TIMESTAMP COMMENT 'time the viewer entered',
  leave_time    TIMESTAMP COMMENT 'time the viewer left; end of day when no leave event arrived',
  watch_seconds BIGINT    COMMENT 'seconds between enter and leave',
  enter_source  STRING    COMMENT 'feed | follow | search | share',
  os            STRING    COMMENT 'viewer device os: ios | android | web',
  app_version   STRING    COMMENT 'viewer app version',
  is_new_user   INT       COMMENT '1 when the viewer registered that day'
) COMMENT 'live room watch sessions, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
