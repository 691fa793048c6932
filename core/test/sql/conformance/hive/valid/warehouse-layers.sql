-- Source: real warehouse patterns — a layered ODS/DWD/DWS/ADS Hive daily job as scheduled by Azkaban/DolphinScheduler: `${date}` is the scheduler's business date, substituted inside string literals.
set hive.exec.dynamic.partition=true;
-- ----
set hive.exec.dynamic.partition.mode=nonstrict;
-- ----
set mapreduce.job.queuename=etl;
-- ----
set hive.merge.mapredfiles=true;
-- ----
CREATE EXTERNAL TABLE IF NOT EXISTS ods.ods_app_event_log_di (
  line STRING COMMENT 'raw json line'
) COMMENT 'app event log, one json per line'
PARTITIONED BY (p_date STRING)
ROW FORMAT DELIMITED FIELDS TERMINATED BY '\001'
STORED AS TEXTFILE
LOCATION 'hdfs://nn/warehouse/ods/ods_app_event_log_di';
-- ----
ALTER TABLE ods.ods_app_event_log_di ADD IF NOT EXISTS PARTITION (p_date='${date}') LOCATION 'hdfs://nn/logs/app/${date}';
-- ----
LOAD DATA INPATH '/staging/app_event/${date}' OVERWRITE INTO TABLE ods.ods_app_event_log_di PARTITION (p_date='${date}');
-- ----
CREATE TABLE IF NOT EXISTS dwd.dwd_app_event_di (
  user_id BIGINT COMMENT 'user id',
  event_name STRING COMMENT 'event',
  event_time TIMESTAMP,
  page STRING,
  props MAP<STRING, STRING>,
  client STRUCT<os: STRING, version: STRING>
) COMMENT 'cleaned app events'
PARTITIONED BY (p_date STRING, event_type STRING)
CLUSTERED BY (user_id) SORTED BY (event_time) INTO 32 BUCKETS
STORED AS ORC
TBLPROPERTIES ('orc.compress' = 'SNAPPY');
-- ----
INSERT OVERWRITE TABLE dwd.dwd_app_event_di PARTITION (p_date='${date}', event_type)
SELECT
  CAST(get_json_object(line, '$.uid') AS BIGINT) AS user_id,
  get_json_object(line, '$.event') AS event_name,
  from_unixtime(CAST(get_json_object(line, '$.ts') AS BIGINT) DIV 1000) AS event_time,
  get_json_object(line, '$.page') AS page,
  str_to_map(get_json_object(line, '$.props'), ',', ':') AS props,
  named_struct('os', get_json_object(line, '$.os'), 'version', get_json_object(line, '$.ver')) AS client,
  CASE WHEN get_json_object(line, '$.event') LIKE 'click%' THEN 'click' ELSE 'view' END AS event_type
FROM ods.ods_app_event_log_di
WHERE p_date = '${date}'
  AND get_json_object(line, '$.uid') IS NOT NULL;
-- ----
INSERT OVERWRITE TABLE dwd.dwd_user_login_di PARTITION (p_date='${date}')
SELECT user_id, login_time, ip, device_id
FROM (
  SELECT user_id, event_time AS login_time, props['ip'] AS ip, props['device_id'] AS device_id,
         row_number() OVER (PARTITION BY user_id ORDER BY event_time DESC) AS rn
  FROM dwd.dwd_app_event_di
  WHERE p_date = '${date}' AND event_name = 'login'
) t
WHERE rn = 1;
-- ----
FROM dwd.dwd_app_event_di e
INSERT OVERWRITE TABLE dws.dws_user_event_1d PARTITION (p_date='${date}')
  SELECT e.user_id, count(1) AS pv, count(DISTINCT e.page) AS page_cnt
  WHERE e.p_date = '${date}'
  GROUP BY e.user_id
INSERT OVERWRITE TABLE dws.dws_page_event_1d PARTITION (p_date='${date}')
  SELECT e.page, count(1) AS pv, count(DISTINCT e.user_id) AS uv
  WHERE e.p_date = '${date}'
  GROUP BY e.page;
-- ----
INSERT OVERWRITE TABLE dws.dws_user_event_7d PARTITION (p_date='${date}')
SELECT user_id, sum(pv) AS pv_7d, sum(page_cnt) AS page_cnt_7d
FROM dws.dws_user_event_1d
WHERE p_date > date_sub('${date}', 7) AND p_date <= '${date}'
GROUP BY user_id;
-- ----
DROP TABLE IF EXISTS tmp.tmp_new_user_di;
-- ----
CREATE TABLE tmp.tmp_new_user_di STORED AS ORC AS
SELECT a.user_id
FROM dws.dws_user_event_1d a
LEFT ANTI JOIN dim.dim_user_history b ON a.user_id = b.user_id
WHERE a.p_date = '${date}';
-- ----
INSERT OVERWRITE TABLE ads.ads_user_active_1d PARTITION (p_date='${date}')
SELECT
  '${date}' AS stat_date,
  count(DISTINCT a.user_id) AS dau,
  count(DISTINCT n.user_id) AS new_users,
  round(count(DISTINCT n.user_id) / count(DISTINCT a.user_id), 4) AS new_ratio
FROM dws.dws_user_event_1d a
LEFT JOIN tmp.tmp_new_user_di n ON a.user_id = n.user_id
WHERE a.p_date = '${date}';
-- ----
INSERT INTO TABLE ads.ads_channel_summary PARTITION (p_date='${date}')
SELECT channel, os, count(DISTINCT user_id) AS uv, GROUPING__ID AS gid
FROM dwd.dwd_user_channel_di
WHERE p_date = '${date}'
GROUP BY channel, os GROUPING SETS ((channel, os), (channel), ());
-- ----
INSERT OVERWRITE TABLE dws.dws_user_tag_1d PARTITION (p_date='${date}')
SELECT u.user_id, tag
FROM dwd.dwd_user_profile_di u
LATERAL VIEW explode(split(u.tags, ',')) t AS tag
WHERE u.p_date = '${date}' AND tag <> '';
-- ----
SELECT a.user_id FROM dws.dws_user_event_1d a LEFT SEMI JOIN dim.dim_vip b ON a.user_id = b.user_id WHERE a.p_date = '${date}';
-- ----
ALTER TABLE dwd.dwd_app_event_di DROP IF EXISTS PARTITION (p_date < '${date}');
-- ----
MSCK REPAIR TABLE ods.ods_app_event_log_di;
-- ----
ANALYZE TABLE dws.dws_user_event_1d PARTITION (p_date='${date}') COMPUTE STATISTICS;
-- ----
INSERT OVERWRITE TABLE dim.dim_user_zip PARTITION (p_date='${date}')
SELECT * FROM (
  SELECT z.user_id, z.level, z.start_date,
         CASE WHEN n.user_id IS NOT NULL AND z.end_date = '9999-12-31' THEN date_sub('${date}', 1) ELSE z.end_date END AS end_date
  FROM dim.dim_user_zip z
  LEFT JOIN tmp.tmp_user_change n ON z.user_id = n.user_id
  WHERE z.p_date = date_sub('${date}', 1)
  UNION ALL
  SELECT user_id, level, '${date}' AS start_date, '9999-12-31' AS end_date FROM tmp.tmp_user_change
) t;
-- ----
MERGE INTO dwd.dwd_order_acid AS t
USING (SELECT * FROM ods.ods_order_delta WHERE p_date = '${date}') AS s
ON t.order_id = s.order_id
WHEN MATCHED AND s.op = 'D' THEN DELETE
WHEN MATCHED THEN UPDATE SET status = s.status, amount = s.amount
WHEN NOT MATCHED THEN INSERT VALUES (s.order_id, s.user_id, s.status, s.amount);
-- ----
UPDATE dwd.dwd_order_acid SET status = 'closed' WHERE create_date < date_sub('${date}', 30) AND status = 'open';
-- ----
DELETE FROM dwd.dwd_order_acid WHERE create_date < add_months('${date}', -24);
-- ----
INSERT INTO TABLE dim.dim_calendar VALUES ('${date}', 1, 'workday');
