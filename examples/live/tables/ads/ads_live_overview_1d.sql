/*---
owner: live-ops
description: Daily platform overview, in total and per room category.
lifecycle_days: 1095
grain: one row per stat_dim and dim_value
tags: [ads, dashboard]
checks:
  - unique: [stat_dim, dim_value]
  - accepted_values: {column: stat_dim, values: [all, category]}
  - row_count: {min: 1, max: 100}
---*/
CREATE TABLE IF NOT EXISTS ads.ads_live_overview_1d (
  stat_dim           STRING        COMMENT 'all | category',
  dim_value          STRING        COMMENT 'the category, or all',
  live_room_cnt      BIGINT        COMMENT 'rooms that broadcast',
  anchor_cnt         BIGINT        COMMENT 'anchors that broadcast',
  watch_uv           BIGINT        COMMENT 'distinct viewers',
  new_user_uv        BIGINT        COMMENT 'distinct viewers who registered that day',
  watch_pv           BIGINT        COMMENT 'watch sessions',
  avg_watch_seconds  DECIMAL(18,2) COMMENT 'seconds watched per viewer',
  gift_amount        DECIMAL(18,2) COMMENT 'gift value, CNY',
  order_amount       DECIMAL(18,2) COMMENT 'paid order value, CNY'
) COMMENT 'live platform overview, daily'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
