/*---
owner: live-ops
description: Daily hot-room ranking per category (top 100) for the operations dashboard.
lifecycle_days: 365
grain: one row per category and rank
tags: [ads, dashboard]
checks:
  - unique: [category, rank_no]
  - not_null: [category, rank_no, room_id, hot_score]
  - row_count: {min: 1, max: 5000}
---*/
CREATE TABLE IF NOT EXISTS ads.ads_live_room_rank_1d (
  category      STRING        COMMENT 'room category',
  rank_no       INT           COMMENT 'rank within the category, 1 = hottest',
  room_id       BIGINT        COMMENT 'live room id',
  anchor_id     BIGINT        COMMENT 'owner anchor id',
  anchor_name   STRING        COMMENT 'owner anchor name',
  watch_uv      BIGINT        COMMENT 'distinct viewers',
  gift_amount   DECIMAL(18,2) COMMENT 'gift value received, CNY',
  hot_score     DECIMAL(18,2) COMMENT 'watch_uv + like_cnt / 200 + 2 * comment_cnt + gift_amount',
  gift_share    DECIMAL(18,4) COMMENT 'room gift value / category gift value'
) COMMENT 'live hot room ranking, daily'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
