-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
SET spark.sql.shuffle.partitions = 200;
-- ----
SET spark.sql.adaptive.enabled=true;
-- ----
USE dwd;
-- ----
ADD JAR hdfs://libs/udf.jar;
-- ----
ANALYZE TABLE dwd.dwd_live_room_watch_di PARTITION (p_date = '2024-01-01') COMPUTE STATISTICS;
-- ----
MSCK REPAIR TABLE ods.ods_live_gift_log;
-- ----
REFRESH TABLE dwd.dwd_live_room_watch_di;
-- ----
CACHE TABLE hot AS SELECT * FROM dwd.t WHERE p_date = '2024-01-01';
-- ----
SHOW PARTITIONS dwd.dwd_live_room_watch_di;
-- ----
DESCRIBE TABLE EXTENDED dwd.dwd_live_room_watch_di;
-- ----
EXPLAIN SELECT * FROM dwd.t;
-- ----
MERGE INTO dim.dim_user t
USING (SELECT user_id, nick FROM ods.ods_user) s
ON t.user_id = s.user_id
WHEN MATCHED THEN UPDATE SET nick = s.nick
WHEN NOT MATCHED THEN INSERT (user_id, nick) VALUES (s.user_id, s.nick);
-- ----
MERGE INTO dim.dim_user t USING ods.ods_user s ON t.user_id = s.user_id
WHEN MATCHED AND s.deleted = 1 THEN DELETE
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *;
-- ----
DELETE FROM dim.dim_user WHERE user_id = 0;
-- ----
UPDATE dim.dim_user SET nick = 'x' WHERE user_id = 1;
