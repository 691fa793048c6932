-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
INSERT OVERWRITE TABLE dwd.dwd_live_room_watch_di PARTITION (p_date = '2024-01-01')
SELECT room_id, user_id, watch_sec
FROM ods.ods_live_watch_log
WHERE p_date = '2024-01-01';
-- ----
INSERT OVERWRITE TABLE ods.ods_live_gift_log PARTITION (p_date = '2024-01-01', hour)
SELECT room_id, sender_id, gift_id, amount, tags, ext, device, hour
FROM stg.gift_raw;
-- ----
INSERT INTO TABLE dwd.dwd_live_gift_di PARTITION (p_date)
SELECT room_id, sender_id, amount, p_date FROM ods.ods_live_gift_log;
-- ----
INSERT INTO dws.dws_room_gift_1d (room_id, gift_amount, p_date)
VALUES (1, 10.5, '2024-01-01'), (2, 3.0, '2024-01-01');
-- ----
INSERT OVERWRITE dws.dws_room_gift_1d
SELECT * FROM tmp.tmp_gift;
-- ----
WITH gifts AS (
  SELECT room_id, sum(amount) AS amount FROM dwd.dwd_live_gift_di WHERE p_date = '2024-01-01' GROUP BY room_id
)
INSERT OVERWRITE TABLE dws.dws_room_gift_1d PARTITION (p_date = '2024-01-01')
SELECT room_id, amount FROM gifts;
-- ----
INSERT OVERWRITE DIRECTORY '/warehouse/export/room_gift' USING parquet
SELECT room_id FROM dws.dws_room_gift_1d;
-- ----
INSERT OVERWRITE TABLE dws.dws_user_1d PARTITION (p_date = '2024-01-01')
SELECT /*+ BROADCAST(u) */ w.user_id, u.nick, sum(w.watch_sec) AS watch_sec
FROM dwd.dwd_live_room_watch_di w
JOIN dim.dim_user u ON w.user_id = u.user_id
WHERE w.p_date = '2024-01-01'
GROUP BY w.user_id, u.nick
DISTRIBUTE BY w.user_id;
