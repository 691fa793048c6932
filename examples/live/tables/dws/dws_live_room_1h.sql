/*---
owner: live-data
description: Hourly room summary for intraday curves (entries, gifts, likes).
lifecycle_days: 180
grain: one row per room per hour
tags: [dws, room, hourly]
checks:
  - unique: [room_id]
  - not_null: [room_id, enter_pv]
---*/
CREATE TABLE IF NOT EXISTS dws.dws_live_room_1h (
  room_id      BIGINT        COMMENT 'live room id',
  anchor_id    BIGINT        COMMENT 'owner anchor id, 0 when unknown',
  enter_pv     BIGINT        COMMENT 'enter events',
  enter_uv     BIGINT        COMMENT 'distinct viewers entering',
  gift_cnt     BIGINT        COMMENT 'gifts received',
  gift_amount  DECIMAL(18,2) COMMENT 'gift value received, CNY',
  like_cnt     BIGINT        COMMENT 'likes received'
) COMMENT 'live room hourly summary'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd', hour STRING COMMENT 'HH, 00-23')
STORED AS ORC;
