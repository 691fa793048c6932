/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 2
timeout: 1h
description: Rolls the room-level DWD facts up to one row per room that was live or watched that day.
tags: [dws, room]
---*/
WITH broadcast AS (
  SELECT
    room_id,
    max(anchor_id) AS anchor_id,
    max(category) AS category,
    CAST(count(session_id) AS INT) AS broadcast_cnt,
    sum(duration_seconds) AS broadcast_seconds
  FROM dwd.dwd_live_room_session_di
  WHERE p_date = '${date}'
  GROUP BY room_id
),
watch AS (
  SELECT
    room_id,
    max(anchor_id) AS anchor_id,
    max(category) AS category,
    count(DISTINCT user_id) AS watch_uv,
    count(session_id) AS watch_pv,
    sum(watch_seconds) AS watch_seconds,
    count(DISTINCT CASE WHEN is_new_user = 1 THEN user_id END) AS new_user_uv
  FROM dwd.dwd_live_room_watch_di
  WHERE p_date = '${date}'
  GROUP BY room_id
),
gift AS (
  SELECT
    room_id,
    count(DISTINCT user_id) AS gift_uv,
    sum(gift_cnt) AS gift_cnt,
    sum(gift_amount) AS gift_amount
  FROM dwd.dwd_live_gift_send_di
  WHERE p_date = '${date}'
  GROUP BY room_id
),
likes AS (
  SELECT room_id, sum(like_cnt) AS like_cnt
  FROM dwd.dwd_live_like_di
  WHERE p_date = '${date}'
  GROUP BY room_id
),
comments AS (
  SELECT room_id, count(comment_id) AS comment_cnt
  FROM dwd.dwd_live_comment_di
  WHERE p_date = '${date}'
  GROUP BY room_id
),
orders AS (
  SELECT room_id, count(order_id) AS order_cnt, sum(pay_amount) AS order_amount
  FROM dwd.dwd_live_order_di
  WHERE p_date = '${date}'
    AND is_paid = 1
  GROUP BY room_id
),
active_rooms AS (
  SELECT room_id FROM broadcast
  UNION DISTINCT
  SELECT room_id FROM watch
)
INSERT OVERWRITE TABLE dws.dws_live_room_1d PARTITION (p_date = '${date}')
SELECT
  a.room_id,
  coalesce(r.anchor_id, b.anchor_id, w.anchor_id) AS anchor_id,
  coalesce(r.category, b.category, w.category) AS category,
  coalesce(b.broadcast_cnt, 0) AS broadcast_cnt,
  coalesce(b.broadcast_seconds, 0) AS broadcast_seconds,
  coalesce(w.watch_uv, 0) AS watch_uv,
  coalesce(w.watch_pv, 0) AS watch_pv,
  coalesce(w.watch_seconds, 0) AS watch_seconds,
  CAST(CASE WHEN w.watch_uv > 0 THEN w.watch_seconds / w.watch_uv ELSE 0 END AS DECIMAL(18,2)) AS avg_watch_seconds,
  coalesce(w.new_user_uv, 0) AS new_user_uv,
  coalesce(g.gift_uv, 0) AS gift_uv,
  coalesce(g.gift_cnt, 0) AS gift_cnt,
  CAST(coalesce(g.gift_amount, 0) AS DECIMAL(18,2)) AS gift_amount,
  coalesce(l.like_cnt, 0) AS like_cnt,
  coalesce(c.comment_cnt, 0) AS comment_cnt,
  coalesce(o.order_cnt, 0) AS order_cnt,
  CAST(coalesce(o.order_amount, 0) AS DECIMAL(18,2)) AS order_amount
FROM active_rooms AS a
LEFT JOIN broadcast AS b ON a.room_id = b.room_id
LEFT JOIN watch AS w ON a.room_id = w.room_id
LEFT JOIN gift AS g ON a.room_id = g.room_id
LEFT JOIN likes AS l ON a.room_id = l.room_id
LEFT JOIN comments AS c ON a.room_id = c.room_id
LEFT JOIN orders AS o ON a.room_id = o.room_id
LEFT JOIN dim.dim_live_room_df AS r
  ON a.room_id = r.room_id AND r.p_date = '${date}';
