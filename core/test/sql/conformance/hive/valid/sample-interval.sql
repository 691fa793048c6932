-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
SELECT room_id, user_id
FROM dwd.dwd_live_room_watch_di TABLESAMPLE (BUCKET 1 OUT OF 16 ON user_id) w
WHERE p_date = '2024-01-01';
-- ----
SELECT g.room_id FROM dwd.dwd_live_gift_di TABLESAMPLE (5 PERCENT) g;
-- ----
SELECT INTERVAL '1 2:03:04' DAY TO SECOND, INTERVAL 1 DAY;
