/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 2
timeout: 1h
description: Rebuilds all hourly partitions of the day at once (dynamic hour partition) for intraday curves.
tags: [dws, room, hourly]
---*/
SET hive.exec.dynamic.partition=true;
SET hive.exec.dynamic.partition.mode=nonstrict;

WITH enter_hourly AS (
  SELECT
    room_id,
    date_format(enter_time, 'HH') AS hour,
    count(session_id) AS enter_pv,
    count(DISTINCT user_id) AS enter_uv
  FROM dwd.dwd_live_room_watch_di
  WHERE p_date = '${date}'
  GROUP BY room_id, date_format(enter_time, 'HH')
),
gift_hourly AS (
  SELECT
    room_id,
    date_format(send_time, 'HH') AS hour,
    sum(gift_cnt) AS gift_cnt,
    sum(gift_amount) AS gift_amount
  FROM dwd.dwd_live_gift_send_di
  WHERE p_date = '${date}'
  GROUP BY room_id, date_format(send_time, 'HH')
),
like_hourly AS (
  SELECT
    room_id,
    date_format(like_time, 'HH') AS hour,
    sum(like_cnt) AS like_cnt
  FROM dwd.dwd_live_like_di
  WHERE p_date = '${date}'
  GROUP BY room_id, date_format(like_time, 'HH')
),
room_hours AS (
  SELECT room_id, hour FROM enter_hourly
  UNION DISTINCT
  SELECT room_id, hour FROM gift_hourly
  UNION DISTINCT
  SELECT room_id, hour FROM like_hourly
)
INSERT OVERWRITE TABLE dws.dws_live_room_1h PARTITION (p_date = '${date}', hour)
SELECT
  k.room_id,
  coalesce(r.anchor_id, 0) AS anchor_id,
  coalesce(e.enter_pv, 0) AS enter_pv,
  coalesce(e.enter_uv, 0) AS enter_uv,
  coalesce(g.gift_cnt, 0) AS gift_cnt,
  CAST(coalesce(g.gift_amount, 0) AS DECIMAL(18,2)) AS gift_amount,
  coalesce(l.like_cnt, 0) AS like_cnt,
  k.hour
FROM room_hours AS k
LEFT JOIN enter_hourly AS e ON k.room_id = e.room_id AND k.hour = e.hour
LEFT JOIN gift_hourly AS g ON k.room_id = g.room_id AND k.hour = g.hour
LEFT JOIN like_hourly AS l ON k.room_id = l.room_id AND k.hour = l.hour
LEFT JOIN dim.dim_live_room_df AS r
  ON k.room_id = r.room_id AND r.p_date = '${date}';
