/*---
type: batch
schedule: '@daily'
owner: live-ops
retries: 2
timeout: 30m
description: Platform overview in total and per category; viewer counts are distinct per grouping set, never summed.
tags: [ads, dashboard]
---*/
WITH room_agg AS (
  SELECT
    CASE WHEN grouping(category) = 1 THEN 'all' ELSE 'category' END AS stat_dim,
    CASE WHEN grouping(category) = 1 THEN 'all' ELSE category END AS dim_value,
    count(DISTINCT CASE WHEN broadcast_cnt > 0 THEN room_id END) AS live_room_cnt,
    count(DISTINCT CASE WHEN broadcast_cnt > 0 THEN anchor_id END) AS anchor_cnt,
    sum(gift_amount) AS gift_amount,
    sum(order_amount) AS order_amount
  FROM dws.dws_live_room_1d
  WHERE p_date = '${date}'
  GROUP BY GROUPING SETS ((category), ())
),
watch_agg AS (
  SELECT
    CASE WHEN grouping(category) = 1 THEN 'all' ELSE 'category' END AS stat_dim,
    CASE WHEN grouping(category) = 1 THEN 'all' ELSE category END AS dim_value,
    count(DISTINCT user_id) AS watch_uv,
    count(DISTINCT CASE WHEN is_new_user = 1 THEN user_id END) AS new_user_uv,
    count(session_id) AS watch_pv,
    sum(watch_seconds) AS watch_seconds
  FROM dwd.dwd_live_room_watch_di
  WHERE p_date = '${date}'
  GROUP BY GROUPING SETS ((category), ())
)
INSERT OVERWRITE TABLE ads.ads_live_overview_1d PARTITION (p_date = '${date}')
SELECT
  r.stat_dim,
  r.dim_value,
  r.live_room_cnt,
  r.anchor_cnt,
  coalesce(w.watch_uv, 0) AS watch_uv,
  coalesce(w.new_user_uv, 0) AS new_user_uv,
  coalesce(w.watch_pv, 0) AS watch_pv,
  CAST(CASE WHEN w.watch_uv > 0 THEN w.watch_seconds / w.watch_uv ELSE 0 END AS DECIMAL(18,2)) AS avg_watch_seconds,
  CAST(coalesce(r.gift_amount, 0) AS DECIMAL(18,2)) AS gift_amount,
  CAST(coalesce(r.order_amount, 0) AS DECIMAL(18,2)) AS order_amount
FROM room_agg AS r
LEFT JOIN watch_agg AS w
  ON r.stat_dim = w.stat_dim AND r.dim_value = w.dim_value;
