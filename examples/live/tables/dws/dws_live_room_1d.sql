/*---
owner: live-data
description: Daily room summary - broadcast, traffic, interaction and revenue of every room that was live or watched.
lifecycle_days: 730
grain: one row per room per day
tags: [dws, room]
checks:
  - unique: [room_id]
  - not_null: [room_id, watch_uv, gift_amount]
  - expression: watch_uv <= watch_pv
---*/
CREATE TABLE IF NOT EXISTS dws.dws_live_room_1d (
  room_id            BIGINT        COMMENT 'live room id',
  anchor_id          BIGINT        COMMENT 'owner anchor id',
  category           STRING        COMMENT 'room category',
  broadcast_cnt      INT           COMMENT 'broadcast sessions started',
  broadcast_seconds  BIGINT        COMMENT 'seconds broadcast',
  watch_uv           BIGINT        COMMENT 'distinct viewers',
  watch_pv           BIGINT        COMMENT 'watch sessions',
  watch_seconds      BIGINT        COMMENT 'seconds watched by all viewers',
  avg_watch_seconds  DECIMAL(18,2) COMMENT 'watch_seconds / watch_uv',
  new_user_uv        BIGINT        COMMENT 'distinct viewers who registered that day',
  gift_uv            BIGINT        COMMENT 'distinct gift senders',
  gift_cnt           BIGINT        COMMENT 'gifts received',
  gift_amount        DECIMAL(18,2) COMMENT 'gift value received, CNY',
  like_cnt           BIGINT        COMMENT 'likes received',
  comment_cnt        BIGINT        COMMENT 'comments that passed audit',
  order_cnt          BIGINT        COMMENT 'paid orders',
  order_amount       DECIMAL(18,2) COMMENT 'paid order value, CNY'
) COMMENT 'live room daily summary'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
