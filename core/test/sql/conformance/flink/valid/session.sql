-- Source: written for this corpus in the style of a live-streaming warehouse (ods/dwd/dws/ads tables); each statement verified against dt-sql-parser.
SET 'execution.runtime-mode' = 'streaming';
-- ----
SET 'table.exec.state.ttl' = '1 d';
-- ----
SET 'pipeline.name' = 'ads_room_gift_rt';
-- ----
RESET 'table.exec.state.ttl';
-- ----
USE CATALOG hive_catalog;
-- ----
USE rt;
-- ----
ADD JAR '/opt/flink/udf.jar';
-- ----
SHOW TABLES;
-- ----
DESCRIBE kafka_gift;
-- ----
EXPLAIN PLAN FOR SELECT * FROM kafka_gift;
-- ----
LOAD MODULE hive WITH ('hive-version' = '3.1.2');
