/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 2
timeout: 1h
description: Rolls watching, interaction and spending up to one row per viewer who watched that day.
tags: [dws, user]
---*/
WITH watch AS (
  SELECT
    user_id,
    max(is_new_user) AS is_new_user,
    count(DISTINCT room_id) AS watch_room_cnt,
    count(session_id) AS watch_pv,
    sum(watch_seconds) AS watch_seconds
  FROM dwd.dwd_live_room_watch_di
  WHERE p_date = '${date}'
  GROUP BY user_id
),
main_os AS (
  SELECT
    user_id,
    os,
    row_number() OVER (PARTITION BY user_id ORDER BY watch_seconds DESC, enter_time ASC) AS rn
  FROM dwd.dwd_live_room_watch_di
  WHERE p_date = '${date}'
),
gift AS (
  SELECT user_id, sum(gift_cnt) AS gift_cnt, sum(gift_amount) AS gift_amount
  FROM dwd.dwd_live_gift_send_di
  WHERE p_date = '${date}'
  GROUP BY user_id
),
likes AS (
  SELECT user_id, sum(like_cnt) AS like_cnt
  FROM dwd.dwd_live_like_di
  WHERE p_date = '${date}'
  GROUP BY user_id
),
comments AS (
  SELECT user_id, count(comment_id) AS comment_cnt
  FROM dwd.dwd_live_comment_di
  WHERE p_date = '${date}'
  GROUP BY user_id
),
orders AS (
  SELECT user_id, count(order_id) AS order_cnt, sum(pay_amount) AS order_amount
  FROM dwd.dwd_live_order_di
  WHERE p_date = '${date}'
    AND is_paid = 1
  GROUP BY user_id
)
INSERT OVERWRITE TABLE dws.dws_live_user_1d PARTITION (p_date = '${date}')
SELECT
  w.user_id,
  w.is_new_user,
  m.os,
  w.watch_room_cnt,
  w.watch_pv,
  w.watch_seconds,
  coalesce(g.gift_cnt, 0) AS gift_cnt,
  CAST(coalesce(g.gift_amount, 0) AS DECIMAL(18,2)) AS gift_amount,
  coalesce(l.like_cnt, 0) AS like_cnt,
  coalesce(c.comment_cnt, 0) AS comment_cnt,
  coalesce(o.order_cnt, 0) AS order_cnt,
  CAST(coalesce(o.order_amount, 0) AS DECIMAL(18,2)) AS order_amount,
  CASE WHEN coalesce(g.gift_amount, 0) > 0 OR coalesce(o.order_cnt, 0) > 0 THEN 1 ELSE 0 END AS is_payer
FROM watch AS w
LEFT JOIN main_os AS m ON w.user_id = m.user_id AND m.rn = 1
LEFT JOIN gift AS g ON w.user_id = g.user_id
LEFT JOIN likes AS l ON w.user_id = l.user_id
LEFT JOIN comments AS c ON w.user_id = c.user_id
LEFT JOIN orders AS o ON w.user_id = o.user_id;
