-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
CREATE TABLE IF NOT EXISTS dwd.dwd_live_room_watch_di (
  room_id    BIGINT COMMENT 'live room id',
  user_id    BIGINT COMMENT 'viewer id',
  watch_sec  INT    COMMENT 'seconds watched'
) COMMENT 'live room watch sessions, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
-- ----
CREATE EXTERNAL TABLE IF NOT EXISTS ods.ods_live_gift_log (
  room_id   BIGINT,
  sender_id BIGINT,
  gift_id   INT,
  amount    DECIMAL(18,2),
  tags      ARRAY<STRING>,
  ext       MAP<STRING,STRING>,
  device    STRUCT<os:STRING, version:STRING>
)
PARTITIONED BY (p_date STRING, hour STRING)
ROW FORMAT DELIMITED
  FIELDS TERMINATED BY '\t'
  COLLECTION ITEMS TERMINATED BY ','
  MAP KEYS TERMINATED BY ':'
STORED AS TEXTFILE
LOCATION '/warehouse/ods/ods_live_gift_log'
TBLPROPERTIES ('skip.header.line.count' = '1');
-- ----
CREATE TABLE dws.dws_room_1d (
  room_id BIGINT,
  pv BIGINT
)
PARTITIONED BY (p_date STRING)
CLUSTERED BY (room_id) SORTED BY (room_id ASC) INTO 16 BUCKETS
STORED AS PARQUET
TBLPROPERTIES ('parquet.compression' = 'SNAPPY', 'lifecycle' = '400');
-- ----
CREATE TABLE ods.ods_json_log (line STRING)
ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe'
STORED AS TEXTFILE;
-- ----
CREATE TABLE tmp.tmp_room_top STORED AS ORC AS
SELECT room_id, count(1) AS pv FROM dwd.dwd_live_room_watch_di WHERE p_date = '2024-01-01' GROUP BY room_id;
-- ----
CREATE TABLE IF NOT EXISTS tmp.tmp_copy LIKE dwd.dwd_live_room_watch_di;
-- ----
CREATE TEMPORARY TABLE tmp_users (user_id BIGINT, nick STRING);
-- ----
CREATE TABLE dim.dim_user_acid (user_id BIGINT, nick STRING)
CLUSTERED BY (user_id) INTO 8 BUCKETS
STORED AS ORC
TBLPROPERTIES ('transactional' = 'true');
-- ----
CREATE VIEW IF NOT EXISTS ads.v_room_pv (room_id, pv COMMENT 'page views')
COMMENT 'room pv'
AS SELECT room_id, count(1) FROM dwd.dwd_live_room_watch_di GROUP BY room_id;
-- ----
CREATE OR REPLACE VIEW ads.v_room_top AS SELECT * FROM tmp.tmp_room_top WHERE pv > 10;
-- ----
CREATE MATERIALIZED VIEW ads.mv_room AS SELECT room_id, count(1) AS pv FROM dwd.dwd_live_room_watch_di GROUP BY room_id;
-- ----
ALTER TABLE dwd.dwd_live_room_watch_di ADD COLUMNS (client STRING COMMENT 'client type');
-- ----
ALTER TABLE dwd.dwd_live_room_watch_di REPLACE COLUMNS (room_id BIGINT, user_id BIGINT);
-- ----
ALTER TABLE dwd.dwd_live_room_watch_di ADD IF NOT EXISTS PARTITION (p_date = '2024-01-01') LOCATION '/warehouse/dwd/p_date=2024-01-01';
-- ----
ALTER TABLE dwd.dwd_live_room_watch_di DROP IF EXISTS PARTITION (p_date < '2023-01-01');
-- ----
ALTER TABLE dwd.old_name RENAME TO dwd.new_name;
-- ----
ALTER TABLE dwd.dwd_live_room_watch_di SET TBLPROPERTIES ('comment' = 'watch');
-- ----
ALTER TABLE dwd.dwd_live_room_watch_di CHANGE COLUMN watch_sec watch_seconds INT COMMENT 'renamed';
-- ----
DROP TABLE IF EXISTS tmp.tmp_copy PURGE;
-- ----
DROP VIEW IF EXISTS ads.v_room_top;
-- ----
TRUNCATE TABLE tmp.tmp_room_top PARTITION (p_date = '2024-01-01');
-- ----
CREATE DATABASE IF NOT EXISTS dwd COMMENT 'detail layer' LOCATION '/warehouse/dwd';
-- ----
CREATE TEMPORARY FUNCTION parse_ua AS 'com.example.hive.udf.ParseUa';
-- ----
CREATE FUNCTION dwd.to_ms AS 'com.example.ToMs' USING JAR 'hdfs:///libs/udf.jar';
