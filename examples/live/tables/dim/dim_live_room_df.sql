/*---
owner: live-data
description: Live room dimension, daily full snapshot, with the owner anchor's name and guild.
lifecycle_days: 400
grain: one row per room
tags: [dim, room]
checks:
  - unique: [room_id]
  - not_null: [room_id, anchor_id, category]
---*/
CREATE TABLE IF NOT EXISTS dim.dim_live_room_df (
  room_id      BIGINT        COMMENT 'live room id',
  anchor_id    BIGINT        COMMENT 'owner anchor id',
  anchor_name  STRING        COMMENT 'owner anchor name',
  guild_id     BIGINT        COMMENT 'guild of the owner anchor, 0 for independent anchors',
  room_title   STRING        COMMENT 'current room title',
  category     STRING        COMMENT 'room category: game, music, chat, shop, outdoor',
  room_tags    ARRAY<STRING> COMMENT 'tags shown on the room card',
  create_date  STRING        COMMENT 'room creation date, yyyy-MM-dd',
  is_valid     INT           COMMENT '1 when the room is open and not banned'
) COMMENT 'live room dimension, daily full'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC
TBLPROPERTIES ('orc.compress' = 'SNAPPY');
