-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
CREATE TABLE IF NOT EXISTS dwd.dwd_live_room_watch_di (
  room_id    BIGINT COMMENT 'live room id',
  user_id    BIGINT COMMENT 'viewer id',
  watch_sec  INT,
  p_date     STRING
) USING parquet
PARTITIONED BY (p_date)
COMMENT 'watch sessions'
TBLPROPERTIES ('owner' = 'live-data');
-- ----
CREATE TABLE ods.ods_live_gift_log (
  room_id BIGINT,
  sender_id BIGINT,
  gift_id INT,
  amount DECIMAL(18, 2),
  tags ARRAY<STRING>,
  ext MAP<STRING, STRING>,
  device STRUCT<os: STRING, version: STRING>
) PARTITIONED BY (p_date STRING, hour STRING)
STORED AS ORC
LOCATION 'hdfs://warehouse/ods/ods_live_gift_log';
-- ----
CREATE EXTERNAL TABLE IF NOT EXISTS ods.ods_app_event_log (
  event_id STRING,
  payload STRING
)
PARTITIONED BY (p_date STRING)
ROW FORMAT DELIMITED FIELDS TERMINATED BY '\t'
STORED AS TEXTFILE;
-- ----
CREATE TABLE dws.dws_room_gift_1d
USING delta
PARTITIONED BY (p_date)
AS SELECT room_id, sum(amount) AS gift_amount, p_date
FROM dwd.dwd_live_gift_di
GROUP BY room_id, p_date;
-- ----
CREATE TABLE IF NOT EXISTS tmp.tmp_room_copy LIKE dwd.dwd_live_room_watch_di;
-- ----
CREATE TABLE dim.dim_user (
  user_id BIGINT NOT NULL,
  nick STRING
) USING parquet
CLUSTERED BY (user_id) SORTED BY (user_id) INTO 32 BUCKETS;
-- ----
CREATE OR REPLACE VIEW ads.v_room_top AS
SELECT room_id, gift_amount FROM dws.dws_room_gift_1d WHERE gift_amount > 1000;
-- ----
CREATE OR REPLACE TEMPORARY VIEW tmp_active AS
SELECT DISTINCT user_id FROM dwd.dwd_live_room_watch_di WHERE p_date = '2024-01-01';
-- ----
CREATE VIEW IF NOT EXISTS ads.v_room_daily (room_id COMMENT 'room', pv)
COMMENT 'daily pv'
AS SELECT room_id, count(1) FROM dwd.dwd_live_room_watch_di GROUP BY room_id;
-- ----
ALTER TABLE dwd.dwd_live_room_watch_di ADD COLUMNS (client STRING COMMENT 'client type');
-- ----
ALTER TABLE dwd.dwd_live_room_watch_di ADD IF NOT EXISTS PARTITION (p_date = '2024-01-01');
-- ----
ALTER TABLE dwd.dwd_live_room_watch_di DROP IF EXISTS PARTITION (p_date = '2023-01-01');
-- ----
ALTER TABLE dwd.dwd_old RENAME TO dwd.dwd_new;
-- ----
ALTER TABLE dwd.dwd_live_room_watch_di SET TBLPROPERTIES ('lifecycle' = '400');
-- ----
DROP TABLE IF EXISTS tmp.tmp_room_copy;
-- ----
DROP VIEW IF EXISTS ads.v_room_top;
-- ----
TRUNCATE TABLE tmp.tmp_room_copy;
-- ----
CREATE DATABASE IF NOT EXISTS dws COMMENT 'summary layer';
-- ----
CREATE TEMPORARY FUNCTION parse_ua AS 'com.example.udf.ParseUa';
