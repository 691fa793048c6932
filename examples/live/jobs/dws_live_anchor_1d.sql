/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 2
timeout: 1h
description: Rolls rooms up to anchors and prices the anchor income with the revenue share of the anchor level.
tags: [dws, anchor]
---*/
WITH room_stat AS (
  SELECT
    anchor_id,
    CAST(count(DISTINCT room_id) AS INT) AS room_cnt,
    sum(broadcast_seconds) AS broadcast_seconds,
    CAST(sum(gift_amount) AS DECIMAL(18,2)) AS gift_amount,
    CAST(sum(order_amount) AS DECIMAL(18,2)) AS order_amount
  FROM dws.dws_live_room_1d
  WHERE p_date = '${date}'
  GROUP BY anchor_id
),
audience AS (
  -- distinct over the anchor's sessions, not a sum of room UVs: one viewer may visit two rooms
  SELECT anchor_id, count(DISTINCT user_id) AS watch_uv
  FROM dwd.dwd_live_room_watch_di
  WHERE p_date = '${date}'
  GROUP BY anchor_id
),
gifters AS (
  SELECT anchor_id, count(DISTINCT user_id) AS gift_uv
  FROM dwd.dwd_live_gift_send_di
  WHERE p_date = '${date}'
  GROUP BY anchor_id
),
income AS (
  SELECT
    s.anchor_id,
    coalesce(a.anchor_name, 'unknown') AS anchor_name,
    coalesce(a.guild_id, 0) AS guild_id,
    coalesce(a.level_name, 'bronze') AS level_name,
    s.room_cnt,
    s.broadcast_seconds,
    coalesce(v.watch_uv, 0) AS watch_uv,
    coalesce(g.gift_uv, 0) AS gift_uv,
    s.gift_amount,
    s.order_amount,
    CAST(s.gift_amount * coalesce(a.share_ratio, 0.40) AS DECIMAL(18,2)) AS gift_income,
    CAST(s.order_amount * 0.10 AS DECIMAL(18,2)) AS order_commission
  FROM room_stat AS s
  LEFT JOIN audience AS v ON s.anchor_id = v.anchor_id
  LEFT JOIN gifters AS g ON s.anchor_id = g.anchor_id
  LEFT JOIN dim.dim_live_anchor_df AS a
    ON s.anchor_id = a.anchor_id AND a.p_date = '${date}'
)
INSERT OVERWRITE TABLE dws.dws_live_anchor_1d PARTITION (p_date = '${date}')
SELECT
  anchor_id,
  anchor_name,
  guild_id,
  level_name,
  room_cnt,
  broadcast_seconds,
  watch_uv,
  gift_uv,
  gift_amount,
  order_amount,
  gift_income,
  order_commission,
  gift_income + order_commission AS income_amount
FROM income;
