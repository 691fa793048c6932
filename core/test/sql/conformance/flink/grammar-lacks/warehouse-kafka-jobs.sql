-- Source: real warehouse patterns — Flink SQL streaming jobs of a real-time warehouse (Kafka ODS -> DWD -> DWS, upsert-kafka/JDBC sinks, lookup joins against dimension tables), written as deployed with the SQL client or a job platform; options as in the Flink connector docs (Kafka, Upsert Kafka, JDBC).
-- Documented syntax that dt-sql-parser's grammar for this dialect rejects (same sources as the valid/ file of this name).
CREATE TABLE dwd_order_dedup_kafka WITH ('connector' = 'kafka', 'topic' = 'dwd_order_dedup') LIKE ods_order_kafka (EXCLUDING OPTIONS INCLUDING WATERMARKS);
-- ----
SELECT FLOOR(row_time TO HOUR) AS hour_start, COUNT(DISTINCT user_id) AS uv
FROM ods_order_kafka
GROUP BY FLOOR(row_time TO HOUR);
-- ----
SELECT CEIL(row_time TO DAY) AS day_end, SUM(amount) FROM ods_order_kafka GROUP BY CEIL(row_time TO DAY);
