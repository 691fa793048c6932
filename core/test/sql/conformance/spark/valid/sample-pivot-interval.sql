-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
SELECT room_id, user_id
FROM dwd.dwd_live_room_watch_di TABLESAMPLE (10 PERCENT)
WHERE p_date = '2024-01-01';
-- ----
SELECT w.room_id, g.amount
FROM dwd.dwd_live_room_watch_di TABLESAMPLE (BUCKET 1 OUT OF 16 ON user_id) w
JOIN dwd.dwd_live_gift_di TABLESAMPLE (1000 ROWS) AS g ON w.room_id = g.room_id;
-- ----
SELECT * FROM (SELECT room_id, client, watch_sec FROM dwd.dwd_live_room_watch_di) TABLESAMPLE (0.5 PERCENT) s;
-- ----
SELECT *
FROM (SELECT room_id, client, watch_sec FROM dwd.dwd_live_room_watch_di) s
PIVOT (sum(watch_sec) AS sec, count(1) AS cnt FOR client IN ('ios' AS ios, 'android' AS android, 'web'));
-- ----
SELECT *
FROM dws.dws_live_room_quarter
PIVOT (max(amount) FOR (year, quarter) IN ((2023, 1) AS y23q1, (2023, 2) AS y23q2));
-- ----
SELECT room_id, quarter, amount
FROM dws.dws_live_room_quarter_wide
UNPIVOT INCLUDE NULLS (amount FOR quarter IN (q1 AS first, q2, q3, q4)) AS u
WHERE amount > 0;
-- ----
SELECT *
FROM dws.dws_live_room_wide
UNPIVOT ((pv, uv) FOR hour IN ((pv_00, uv_00) AS h00, (pv_01, uv_01) AS h01));
-- ----
SELECT ts + INTERVAL 1 DAY 2 HOURS 30 MINUTES AS later,
       INTERVAL '1 2:03:04' DAY TO SECOND AS gap,
       INTERVAL '1' YEAR '2' MONTH AS ym,
       X'1F' AS bin
FROM dwd.dwd_live_room_watch_di;
