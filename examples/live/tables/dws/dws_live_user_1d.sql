/*---
owner: live-data
description: Daily viewer summary - watching, interaction and spending of every user active in live rooms.
lifecycle_days: 400
grain: one row per user per day
tags: [dws, user]
checks:
  - unique: [user_id]
  - not_null: [user_id, is_new_user, watch_seconds]
---*/
CREATE TABLE IF NOT EXISTS dws.dws_live_user_1d (
  user_id         BIGINT        COMMENT 'user id',
  is_new_user     INT           COMMENT '1 when the user registered that day',
  os              STRING        COMMENT 'os of the longest watch session of the user',
  watch_room_cnt  BIGINT        COMMENT 'distinct rooms watched',
  watch_pv        BIGINT        COMMENT 'watch sessions',
  watch_seconds   BIGINT        COMMENT 'seconds watched',
  gift_cnt        BIGINT        COMMENT 'gifts sent',
  gift_amount     DECIMAL(18,2) COMMENT 'gift value sent, CNY',
  like_cnt        BIGINT        COMMENT 'likes sent',
  comment_cnt     BIGINT        COMMENT 'comments sent that passed audit',
  order_cnt       BIGINT        COMMENT 'paid orders',
  order_amount    DECIMAL(18,2) COMMENT 'paid order value, CNY',
  is_payer        INT           COMMENT '1 when the user sent a gift or paid an order'
) COMMENT 'live user daily summary'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
