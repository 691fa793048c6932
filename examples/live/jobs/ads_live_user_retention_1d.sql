/*---
type: batch
schedule: '@daily'
owner: live-ops
retries: 2
timeout: 30m
description: Next-day retention of the viewers of the previous day, by new/old user and os, with CUBE roll-ups.
tags: [ads, dashboard, retention]
---*/
WITH cohort AS (
  SELECT
    user_id,
    CASE WHEN is_new_user = 1 THEN 'new' ELSE 'old' END AS user_type,
    coalesce(os, 'unknown') AS os
  FROM dws.dws_live_user_1d
  WHERE p_date = date_sub('${date}', 1)
),
returned AS (
  SELECT user_id
  FROM dws.dws_live_user_1d
  WHERE p_date = '${date}'
    AND watch_pv > 0
)
INSERT OVERWRITE TABLE ads.ads_live_user_retention_1d PARTITION (p_date = '${date}')
SELECT
  CASE WHEN grouping(c.user_type) = 1 THEN 'all' ELSE c.user_type END AS user_type,
  CASE WHEN grouping(c.os) = 1 THEN 'all' ELSE c.os END AS os,
  count(DISTINCT c.user_id) AS cohort_uv,
  count(DISTINCT r.user_id) AS retained_uv,
  CAST(count(DISTINCT r.user_id) / count(DISTINCT c.user_id) AS DECIMAL(18,4)) AS retention_rate
FROM cohort AS c
LEFT JOIN returned AS r ON c.user_id = r.user_id
GROUP BY CUBE (c.user_type, c.os);
