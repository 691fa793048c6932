/*---
owner: live-ops
description: Next-day viewer retention - of the users who watched on p_date - 1, how many watched again on p_date.
lifecycle_days: 1095
grain: one row per user_type and os (all = rolled up)
tags: [ads, dashboard, retention]
checks:
  - unique: [user_type, os]
  - expression: retained_uv <= cohort_uv
---*/
CREATE TABLE IF NOT EXISTS ads.ads_live_user_retention_1d (
  user_type       STRING        COMMENT 'new | old | all, by registration on the cohort day',
  os              STRING        COMMENT 'ios | android | web | unknown | all',
  cohort_uv       BIGINT        COMMENT 'viewers on p_date - 1',
  retained_uv     BIGINT        COMMENT 'of those, viewers again on p_date',
  retention_rate  DECIMAL(18,4) COMMENT 'retained_uv / cohort_uv'
) COMMENT 'live viewer next-day retention, daily'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
