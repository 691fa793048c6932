-- Source: real warehouse patterns — a layered ODS/DWD/DWS/ADS Spark SQL daily job (spark-sql -f, scheduled by Airflow/DolphinScheduler): `${date}` is the scheduler's business date, substituted inside string literals.
SET spark.sql.shuffle.partitions=400;
-- ----
SET spark.sql.adaptive.enabled=true;
-- ----
SET spark.sql.sources.partitionOverwriteMode=dynamic;
-- ----
CREATE TABLE IF NOT EXISTS dwd.dwd_trade_order_di (
  order_id BIGINT COMMENT 'order id',
  user_id BIGINT COMMENT 'buyer',
  sku_id BIGINT,
  amount DECIMAL(18, 2),
  pay_time TIMESTAMP,
  ext MAP<STRING, STRING>
) USING parquet
PARTITIONED BY (p_date STRING)
COMMENT 'order detail'
TBLPROPERTIES ('parquet.compression' = 'zstd');
-- ----
INSERT OVERWRITE TABLE dwd.dwd_trade_order_di PARTITION (p_date='${date}')
SELECT /*+ REPARTITION(64, user_id) */
  o.order_id,
  o.user_id,
  o.sku_id,
  CAST(o.amount AS DECIMAL(18, 2)) AS amount,
  to_timestamp(o.pay_time, 'yyyy-MM-dd HH:mm:ss') AS pay_time,
  from_json(o.ext_json, 'map<string,string>') AS ext
FROM ods.ods_trade_order_di o
WHERE o.p_date = '${date}' AND o.order_status <> 'test';
-- ----
CREATE OR REPLACE TEMPORARY VIEW v_order_user AS
SELECT o.*, u.city, u.level
FROM dwd.dwd_trade_order_di o
LEFT JOIN dim.dim_user u ON o.user_id = u.user_id
WHERE o.p_date = '${date}';
-- ----
CACHE TABLE order_user_cached AS SELECT * FROM v_order_user;
-- ----
INSERT OVERWRITE TABLE dws.dws_trade_user_1d PARTITION (p_date='${date}')
SELECT user_id, city, count(*) AS order_cnt, sum(amount) AS order_amount,
       collect_set(sku_id) AS skus, max(pay_time) AS last_pay_time
FROM order_user_cached
GROUP BY user_id, city;
-- ----
INSERT OVERWRITE TABLE dws.dws_trade_city_1d PARTITION (p_date='${date}')
SELECT city, level, count(DISTINCT user_id) AS buyers, sum(amount) AS gmv
FROM order_user_cached
GROUP BY city, level WITH ROLLUP;
-- ----
UNCACHE TABLE IF EXISTS order_user_cached;
-- ----
WITH base AS (
  SELECT user_id, order_cnt, order_amount
  FROM dws.dws_trade_user_1d
  WHERE p_date BETWEEN date_sub('${date}', 29) AND '${date}'
), agg AS (
  SELECT user_id, sum(order_cnt) AS order_cnt_30d, sum(order_amount) AS amount_30d
  FROM base GROUP BY user_id
)
INSERT OVERWRITE TABLE ads.ads_user_value_30d PARTITION (p_date='${date}')
SELECT user_id, order_cnt_30d, amount_30d,
       ntile(10) OVER (ORDER BY amount_30d DESC) AS value_decile
FROM agg;
-- ----
INSERT OVERWRITE TABLE ads.ads_top_sku_1d PARTITION (p_date='${date}')
SELECT sku_id, gmv, rk FROM (
  SELECT sku_id, sum(amount) AS gmv, dense_rank() OVER (ORDER BY sum(amount) DESC) AS rk
  FROM dwd.dwd_trade_order_di WHERE p_date = '${date}' GROUP BY sku_id
) WHERE rk <= 100;
-- ----
INSERT OVERWRITE TABLE dws.dws_sku_tag_1d PARTITION (p_date='${date}')
SELECT sku_id, tag FROM dim.dim_sku LATERAL VIEW explode(split(tags, ',')) t AS tag;
-- ----
INSERT OVERWRITE TABLE dws.dws_user_sku_1d PARTITION (p_date='${date}')
SELECT user_id, sku FROM dws.dws_trade_user_1d LATERAL VIEW OUTER explode(skus) s AS sku WHERE p_date = '${date}';
-- ----
FROM dwd.dwd_trade_order_di
INSERT OVERWRITE TABLE dws.dws_pay_hour_1d PARTITION (p_date='${date}')
  SELECT hour(pay_time) AS pay_hour, count(*) AS cnt WHERE p_date = '${date}' GROUP BY hour(pay_time)
INSERT OVERWRITE TABLE dws.dws_pay_sku_1d PARTITION (p_date='${date}')
  SELECT sku_id, count(*) AS cnt WHERE p_date = '${date}' GROUP BY sku_id;
-- ----
ALTER TABLE dwd.dwd_trade_order_di DROP IF EXISTS PARTITION (p_date='${date}');
-- ----
ALTER TABLE dwd.dwd_trade_order_di ADD IF NOT EXISTS PARTITION (p_date='${date}');
-- ----
MSCK REPAIR TABLE ods.ods_trade_order_di;
-- ----
REFRESH TABLE dwd.dwd_trade_order_di;
-- ----
ANALYZE TABLE dws.dws_trade_user_1d PARTITION (p_date='${date}') COMPUTE STATISTICS;
-- ----
INSERT INTO ads.ads_job_audit VALUES ('${date}', 'dws_trade_user_1d', current_timestamp());
-- ----
SELECT count(*) FROM dws.dws_trade_user_1d WHERE p_date = '${date}' HAVING count(*) > 0;
-- ----
CREATE TABLE IF NOT EXISTS tmp.tmp_order_snapshot USING parquet AS
SELECT * FROM dwd.dwd_trade_order_di WHERE p_date = '${date}';
-- ----
DROP TABLE IF EXISTS tmp.tmp_order_snapshot;
-- ----
INSERT OVERWRITE TABLE ads.ads_order_funnel PARTITION (p_date='${date}')
SELECT * FROM (
  SELECT stage, user_id FROM dwd.dwd_funnel_di WHERE p_date = '${date}'
) PIVOT (count(DISTINCT user_id) FOR stage IN ('view' AS viewed, 'cart' AS carted, 'pay' AS paid));
-- ----
INSERT OVERWRITE TABLE ads.ads_order_metrics PARTITION (p_date='${date}')
SELECT metric, value FROM ads.ads_order_wide
UNPIVOT (value FOR metric IN (order_cnt, gmv, buyers))
WHERE p_date = '${date}';
-- ----
SELECT user_id, amount, amount / sum(amount) OVER (PARTITION BY city) AS share
FROM dwd.dwd_trade_order_di WHERE p_date = '${date}' CLUSTER BY user_id;
-- ----
SELECT user_id, count_if(amount > 100) AS big_orders, percentile_approx(amount, 0.5) AS median_amount
FROM dwd.dwd_trade_order_di WHERE p_date = '${date}' GROUP BY user_id DISTRIBUTE BY user_id SORT BY big_orders DESC;
