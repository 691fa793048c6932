/*---
owner: live-data
description: Daily anchor summary - broadcast time, audience and income across the anchor's rooms.
lifecycle_days: 730
grain: one row per anchor per day
tags: [dws, anchor]
checks:
  - unique: [anchor_id]
  - not_null: [anchor_id, income_amount]
  - expression: income_amount = gift_income + order_commission
---*/
CREATE TABLE IF NOT EXISTS dws.dws_live_anchor_1d (
  anchor_id          BIGINT        COMMENT 'anchor id',
  anchor_name        STRING        COMMENT 'anchor display name',
  guild_id           BIGINT        COMMENT 'guild id',
  level_name         STRING        COMMENT 'anchor level name',
  room_cnt           INT           COMMENT 'rooms of the anchor that were live or watched',
  broadcast_seconds  BIGINT        COMMENT 'seconds broadcast',
  watch_uv           BIGINT        COMMENT 'distinct viewers across the rooms of the anchor',
  gift_uv            BIGINT        COMMENT 'distinct gift senders',
  gift_amount        DECIMAL(18,2) COMMENT 'gift value received, CNY',
  order_amount       DECIMAL(18,2) COMMENT 'paid order value, CNY',
  gift_income        DECIMAL(18,2) COMMENT 'gift_amount * share_ratio',
  order_commission   DECIMAL(18,2) COMMENT '10% of order_amount',
  income_amount      DECIMAL(18,2) COMMENT 'gift_income + order_commission'
) COMMENT 'live anchor daily summary'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
