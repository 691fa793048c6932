-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
INSERT OVERWRITE TABLE dwd.dwd_live_room_watch_di PARTITION (p_date = '2024-01-01')
SELECT room_id, user_id, watch_sec
FROM ods.ods_live_watch_log
WHERE p_date = '2024-01-01';
-- ----
INSERT OVERWRITE TABLE ods.ods_live_gift_log PARTITION (p_date = '2024-01-01', hour)
SELECT room_id, sender_id, gift_id, amount, tags, ext, device, hour FROM stg.gift_raw;
-- ----
INSERT INTO TABLE dwd.dwd_live_gift_di PARTITION (p_date)
SELECT room_id, sender_id, amount, p_date FROM ods.ods_live_gift_log;
-- ----
INSERT INTO TABLE tmp.tmp_users VALUES (1, 'a'), (2, 'b');
-- ----
INSERT INTO tmp.tmp_users (user_id, nick) SELECT user_id, nick FROM dim.dim_user;
-- ----
FROM ods.ods_live_gift_log g
INSERT OVERWRITE TABLE dwd.dwd_gift_di PARTITION (p_date = '2024-01-01')
  SELECT g.room_id, g.sender_id, g.amount WHERE g.p_date = '2024-01-01'
INSERT OVERWRITE TABLE dws.dws_room_gift_1d PARTITION (p_date = '2024-01-01')
  SELECT g.room_id, sum(g.amount) WHERE g.p_date = '2024-01-01' GROUP BY g.room_id;
-- ----
FROM (SELECT room_id, tags FROM ods.ods_live_gift_log WHERE p_date = '2024-01-01') src
INSERT INTO TABLE tmp.a SELECT room_id
INSERT INTO TABLE tmp.b SELECT size(tags);
-- ----
WITH w AS (SELECT room_id, count(1) AS pv FROM dwd.dwd_live_room_watch_di WHERE p_date = '2024-01-01' GROUP BY room_id)
INSERT OVERWRITE TABLE dws.dws_room_1d PARTITION (p_date = '2024-01-01')
SELECT room_id, pv FROM w;
-- ----
INSERT OVERWRITE LOCAL DIRECTORY '/warehouse/export/room_gift'
ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
SELECT room_id, pv FROM dws.dws_room_1d;
-- ----
INSERT OVERWRITE TABLE dws.dws_user_1d PARTITION (p_date = '${date}')
SELECT /*+ MAPJOIN(u) */ w.user_id, u.nick, sum(w.watch_sec)
FROM dwd.dwd_live_room_watch_di w
JOIN dim.dim_user u ON w.user_id = u.user_id
WHERE w.p_date = '${date}'
GROUP BY w.user_id, u.nick;
-- ----
MERGE INTO dim.dim_user_acid t
USING ods.ods_user s
ON t.user_id = s.user_id
WHEN MATCHED AND s.deleted = 1 THEN DELETE
WHEN MATCHED THEN UPDATE SET nick = s.nick
WHEN NOT MATCHED THEN INSERT VALUES (s.user_id, s.nick);
-- ----
UPDATE dim.dim_user_acid SET nick = 'x' WHERE user_id = 1;
-- ----
DELETE FROM dim.dim_user_acid WHERE user_id = 0;
