/*---
owner: live-data
description: Anchor broadcast sessions (start to stop) per day.
lifecycle_days: 730
grain: one row per broadcast session
tags: [dwd, room]
checks:
  - unique: [session_id]
  - not_null: [session_id, room_id, anchor_id, start_time]
  - expression: duration_seconds >= 0
---*/
CREATE TABLE IF NOT EXISTS dwd.dwd_live_room_session_di (
  session_id        STRING    COMMENT 'room_start-epoch, unique per broadcast session',
  room_id           BIGINT    COMMENT 'live room id',
  anchor_id         BIGINT    COMMENT 'broadcasting anchor',
  room_title        STRING    COMMENT 'room title at start',
  category          STRING    COMMENT 'category at start',
  start_time        TIMESTAMP COMMENT 'broadcast start',
  end_time          TIMESTAMP COMMENT 'broadcast stop; end of day when still live at midnight',
  duration_seconds  BIGINT    COMMENT 'seconds between start and stop',
  is_finished       INT       COMMENT '1 when a stop event closed the session that day',
  os                STRING    COMMENT 'anchor device os',
  app_version       STRING    COMMENT 'anchor app version'
) COMMENT 'anchor broadcast sessions, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
