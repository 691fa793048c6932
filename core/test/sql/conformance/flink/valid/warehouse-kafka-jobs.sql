-- Source: real warehouse patterns — Flink SQL streaming jobs of a real-time warehouse (Kafka ODS -> DWD -> DWS, upsert-kafka/JDBC sinks, lookup joins against dimension tables), written as deployed with the SQL client or a job platform; options as in the Flink connector docs (Kafka, Upsert Kafka, JDBC).
SET 'pipeline.name' = 'dwd_order_detail';
-- ----
SET 'execution.checkpointing.interval' = '60s';
-- ----
SET 'table.exec.state.ttl' = '36h';
-- ----
CREATE TABLE ods_order_kafka (
  order_id BIGINT,
  user_id BIGINT,
  sku_id BIGINT,
  amount DECIMAL(18, 2),
  order_status STRING,
  ts BIGINT,
  row_time AS TO_TIMESTAMP_LTZ(ts, 3),
  proc_time AS PROCTIME(),
  `partition` INT METADATA VIRTUAL,
  `offset` BIGINT METADATA VIRTUAL,
  kafka_ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
  WATERMARK FOR row_time AS row_time - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'ods_order',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'dwd_order_detail',
  'scan.startup.mode' = 'group-offsets',
  'properties.auto.offset.reset' = 'latest',
  'format' = 'json',
  'json.ignore-parse-errors' = 'true'
);
-- ----
CREATE TABLE dim_user_jdbc (
  user_id BIGINT,
  city STRING,
  level INT,
  PRIMARY KEY (user_id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:mysql://mysql:3306/dim',
  'table-name' = 'dim_user',
  'lookup.cache' = 'PARTIAL',
  'lookup.partial-cache.max-rows' = '100000',
  'lookup.partial-cache.expire-after-write' = '10min'
);
-- ----
CREATE TABLE dwd_order_detail_kafka (
  order_id BIGINT,
  user_id BIGINT,
  sku_id BIGINT,
  city STRING,
  amount DECIMAL(18, 2),
  row_time TIMESTAMP_LTZ(3),
  PRIMARY KEY (order_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'dwd_order_detail',
  'properties.bootstrap.servers' = 'kafka:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
-- ----
INSERT INTO dwd_order_detail_kafka
SELECT o.order_id, o.user_id, o.sku_id, u.city, o.amount, o.row_time
FROM ods_order_kafka AS o
LEFT JOIN dim_user_jdbc FOR SYSTEM_TIME AS OF o.proc_time AS u
  ON o.user_id = u.user_id
WHERE o.order_status <> 'TEST';
-- ----
INSERT INTO dwd_order_dedup_kafka
SELECT order_id, user_id, sku_id, amount, order_status, ts
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY row_time DESC) AS rn
  FROM ods_order_kafka
) WHERE rn = 1;
-- ----
CREATE TABLE dws_sku_minute_sink (
  window_start TIMESTAMP(3),
  window_end TIMESTAMP(3),
  sku_id BIGINT,
  order_cnt BIGINT,
  gmv DECIMAL(38, 2),
  PRIMARY KEY (window_start, sku_id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:mysql://mysql:3306/ads',
  'table-name' = 'dws_sku_minute',
  'sink.buffer-flush.max-rows' = '500',
  'sink.buffer-flush.interval' = '2s'
);
-- ----
INSERT INTO dws_sku_minute_sink
SELECT window_start, window_end, sku_id, COUNT(*) AS order_cnt, SUM(amount) AS gmv
FROM TABLE(TUMBLE(TABLE ods_order_kafka, DESCRIPTOR(row_time), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end, sku_id;
-- ----
INSERT INTO dws_sku_minute_sink
SELECT window_start, window_end, sku_id, COUNT(*), SUM(amount)
FROM TABLE(CUMULATE(TABLE ods_order_kafka, DESCRIPTOR(row_time), INTERVAL '1' MINUTE, INTERVAL '1' DAY))
GROUP BY window_start, window_end, sku_id;
-- ----
SELECT window_start, window_end, sku_id, gmv, rownum
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY gmv DESC) AS rownum
  FROM (
    SELECT window_start, window_end, sku_id, SUM(amount) AS gmv
    FROM TABLE(HOP(TABLE ods_order_kafka, DESCRIPTOR(row_time), INTERVAL '5' MINUTES, INTERVAL '1' HOUR))
    GROUP BY window_start, window_end, sku_id
  )
) WHERE rownum <= 10;
-- ----
CREATE TEMPORARY VIEW v_paid_orders AS
SELECT order_id, user_id, amount, row_time FROM ods_order_kafka WHERE order_status = 'PAID';
-- ----
SELECT user_id, COUNT(*) AS cnt, SUM(amount) AS amt,
  TIMESTAMPDIFF(SECOND, MIN(row_time), MAX(row_time)) AS active_seconds
FROM v_paid_orders
GROUP BY user_id;
-- ----
SELECT order_id, TIMESTAMPADD(HOUR, 8, CAST(row_time AS TIMESTAMP(3))) AS local_time, DATE_FORMAT(row_time, 'yyyy-MM-dd') AS dt FROM ods_order_kafka;
-- ----
CREATE TABLE ods_app_log (
  log STRING,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'kafka', 'topic' = 'app_log', 'properties.bootstrap.servers' = 'kafka:9092', 'format' = 'raw');
-- ----
SELECT
  JSON_VALUE(log, '$.uid' RETURNING BIGINT) AS user_id,
  JSON_VALUE(log, '$.event') AS event_name,
  JSON_VALUE(log, '$.cost' RETURNING DOUBLE DEFAULT 0.0 ON EMPTY DEFAULT -1.0 ON ERROR) AS cost,
  JSON_QUERY(log, '$.props') AS props,
  JSON_EXISTS(log, '$.debug') AS is_debug
FROM ods_app_log
WHERE log IS JSON OBJECT;
-- ----
SELECT JSON_OBJECT(KEY 'uid' VALUE user_id, KEY 'amt' VALUE amount) AS payload FROM ods_order_kafka;
-- ----
EXECUTE STATEMENT SET
BEGIN
INSERT INTO dwd_order_detail_kafka
SELECT o.order_id, o.user_id, o.sku_id, CAST(NULL AS STRING), o.amount, o.row_time FROM ods_order_kafka o;
INSERT INTO dws_sku_minute_sink
SELECT window_start, window_end, sku_id, COUNT(*), SUM(amount)
FROM TABLE(TUMBLE(TABLE ods_order_kafka, DESCRIPTOR(row_time), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end, sku_id;
END;
-- ----
SELECT *
FROM ods_order_kafka
MATCH_RECOGNIZE (
  PARTITION BY user_id
  ORDER BY row_time
  MEASURES
    FIRST(A.row_time) AS first_order_time,
    LAST(B.row_time) AS big_order_time,
    SUM(A.amount) AS small_amount
  ONE ROW PER MATCH
  AFTER MATCH SKIP PAST LAST ROW
  PATTERN (A{3,} B) WITHIN INTERVAL '1' HOUR
  DEFINE
    A AS A.amount < 10,
    B AS B.amount > 1000
) AS T;
-- ----
ADD JAR '/opt/flink/udf/warehouse-udf.jar';
-- ----
REMOVE JAR '/opt/flink/udf/warehouse-udf.jar';
-- ----
CREATE TEMPORARY SYSTEM FUNCTION parse_ua AS 'com.example.flink.udf.ParseUA' LANGUAGE JAVA;
-- ----
CREATE FUNCTION IF NOT EXISTS wh.udf.mask_phone AS 'com.example.flink.udf.MaskPhone';
-- ----
DROP TEMPORARY SYSTEM FUNCTION IF EXISTS parse_ua;
-- ----
DROP FUNCTION IF EXISTS wh.udf.mask_phone;
-- ----
USE MODULES hive, core;
-- ----
CREATE CATALOG wh_hive WITH ('type' = 'hive', 'hive-conf-dir' = '/opt/hive/conf', 'default-database' = 'dwd');
-- ----
USE CATALOG wh_hive;
-- ----
CREATE DATABASE IF NOT EXISTS dws COMMENT 'summary layer' WITH ('owner' = 'warehouse');
-- ----
USE dws;
-- ----
DESCRIBE ods_order_kafka;
-- ----
EXPLAIN PLAN FOR SELECT user_id, COUNT(*) FROM ods_order_kafka GROUP BY user_id;
-- ----
RESET 'table.exec.state.ttl';
