-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
SELECT user_id, room_id,
       row_number() OVER (PARTITION BY user_id ORDER BY watch_sec DESC) AS rn
FROM dwd.dwd_live_room_watch_di;
-- ----
SELECT user_id, sum(watch_sec) OVER (PARTITION BY user_id ORDER BY p_date ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS w7
FROM dws.dws_user_1d;
-- ----
SELECT user_id, lag(watch_sec, 1, 0) OVER w AS prev, lead(watch_sec) OVER w AS next
FROM dws.dws_user_1d
WINDOW w AS (PARTITION BY user_id ORDER BY p_date);
-- ----
SELECT user_id, rank() OVER (ORDER BY s DESC), dense_rank() OVER (ORDER BY s DESC), ntile(4) OVER (ORDER BY s)
FROM dws.t;
-- ----
SELECT user_id, first_value(room_id) IGNORE NULLS OVER (PARTITION BY user_id ORDER BY ts RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
FROM dwd.t;
-- ----
SELECT * FROM (
  SELECT user_id, room_id, row_number() OVER (PARTITION BY user_id ORDER BY ts DESC) AS rn FROM dwd.t
) x WHERE rn = 1;
-- ----
SELECT user_id, percentile_approx(watch_sec, 0.5) FROM dwd.t GROUP BY user_id;
