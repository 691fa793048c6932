-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
CREATE TEMPORARY TABLE kafka_gift (
  room_id   BIGINT,
  sender_id BIGINT,
  amount    DECIMAL(18, 2),
  event_time TIMESTAMP(3),
  proc_time AS PROCTIME(),
  WATERMARK FOR event_time AS event_time - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'live_gift',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'strata',
  'scan.startup.mode' = 'latest-offset',
  'format' = 'json'
);
-- ----
CREATE TABLE kafka_watch (
  room_id BIGINT,
  user_id BIGINT,
  `ts` TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL,
  `partition` INT METADATA VIRTUAL,
  `offset` BIGINT METADATA,
  watch_ms BIGINT,
  watch_sec AS watch_ms / 1000,
  WATERMARK FOR `ts` AS `ts` - INTERVAL '10' SECOND
) WITH ('connector' = 'kafka', 'topic' = 'live_watch', 'format' = 'json');
-- ----
CREATE TABLE IF NOT EXISTS ads_room_gift_rt (
  room_id BIGINT,
  window_start TIMESTAMP(3),
  gift_amount DECIMAL(18, 2),
  PRIMARY KEY (room_id, window_start) NOT ENFORCED
) COMMENT 'real-time gift totals' WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'ads_room_gift_rt',
  'key.format' = 'json',
  'value.format' = 'json'
);
-- ----
CREATE TABLE dim_user (
  user_id BIGINT PRIMARY KEY NOT ENFORCED,
  nick STRING,
  level INT
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:mysql://db:3306/live',
  'table-name' = 'dim_user',
  'lookup.cache.max-rows' = '10000'
);
-- ----
CREATE TABLE ck_sink (
  room_id BIGINT,
  pv BIGINT,
  tags ARRAY<STRING>,
  ext MAP<STRING, STRING>,
  device ROW<os STRING, version STRING>
) PARTITIONED BY (room_id) WITH ('connector' = 'filesystem', 'path' = 'hdfs:///rt/ck', 'format' = 'parquet');
-- ----
CREATE TABLE print_sink (
  note STRING
) WITH ('connector' = 'print')
LIKE kafka_gift (EXCLUDING ALL);
-- ----
CREATE TABLE gift_copy WITH ('connector' = 'blackhole') AS SELECT room_id, amount FROM kafka_gift;
-- ----
CREATE TEMPORARY VIEW v_big_gift AS SELECT room_id, amount FROM kafka_gift WHERE amount > 100;
-- ----
CREATE VIEW IF NOT EXISTS v_rooms AS SELECT DISTINCT room_id FROM kafka_watch;
-- ----
CREATE TEMPORARY FUNCTION parse_ua AS 'com.example.flink.ParseUa';
-- ----
CREATE FUNCTION IF NOT EXISTS split_tags AS 'com.example.flink.SplitTags' LANGUAGE JAVA;
-- ----
CREATE CATALOG hive_catalog WITH ('type' = 'hive', 'hive-conf-dir' = '/etc/hive/conf');
-- ----
CREATE DATABASE IF NOT EXISTS rt COMMENT 'real-time layer' WITH ('owner' = 'live-data');
-- ----
ALTER TABLE ads_room_gift_rt SET ('sink.parallelism' = '4');
-- ----
ALTER TABLE kafka_gift RENAME TO kafka_gift_v2;
-- ----
DROP TABLE IF EXISTS print_sink;
-- ----
DROP TEMPORARY VIEW IF EXISTS v_big_gift;
-- ----
CREATE TABLE datagen_src (
  id BIGINT,
  name STRING,
  ts AS LOCALTIMESTAMP,
  WATERMARK FOR ts AS ts
) WITH ('connector' = 'datagen', 'rows-per-second' = '10');
