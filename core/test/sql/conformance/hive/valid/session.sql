-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
SET hive.exec.dynamic.partition.mode=nonstrict;
-- ----
SET hive.exec.dynamic.partition = true;
-- ----
SET mapreduce.job.queuename=root.live;
-- ----
USE dwd;
-- ----
ANALYZE TABLE dwd.dwd_live_room_watch_di PARTITION (p_date = '2024-01-01') COMPUTE STATISTICS;
-- ----
MSCK REPAIR TABLE ods.ods_live_gift_log;
-- ----
SHOW PARTITIONS dwd.dwd_live_room_watch_di;
-- ----
DESCRIBE FORMATTED dwd.dwd_live_room_watch_di;
-- ----
EXPLAIN SELECT * FROM dwd.t;
-- ----
SHOW TABLES IN dwd LIKE 'dwd_live*';
