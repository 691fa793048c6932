/*---
owner: live-data
description: Full daily snapshot of live rooms from the room database.
lifecycle_days: 30
tags: [ods, snapshot, room]
checks:
  - unique: [room_id]
  - not_null: [room_id, anchor_id]
---*/
CREATE TABLE IF NOT EXISTS ods.ods_live_room_db_df (
  room_id      BIGINT        COMMENT 'live room id',
  anchor_id    BIGINT        COMMENT 'owner anchor id',
  room_title   STRING        COMMENT 'current room title',
  category     STRING        COMMENT 'room category: game, music, chat, shop, outdoor',
  room_tags    ARRAY<STRING> COMMENT 'tags shown on the room card',
  status       INT           COMMENT '1 normal, 0 closed, -1 banned',
  create_time  TIMESTAMP     COMMENT 'room creation time'
) COMMENT 'live room snapshot, daily full'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC
TBLPROPERTIES ('source.db' = 'live_room.t_room', 'ingest' = 'datax-full');
