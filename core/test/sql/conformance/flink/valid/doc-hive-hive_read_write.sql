-- Source: Flink documentation, "Hive Read & Write", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/connectors/table/hive/hive_read_write/ (apache/flink docs/content/docs/connectors/table/hive/hive_read_write.md).
SELECT *
FROM hive_table
/*+ OPTIONS('streaming-source.enable'='true', 'streaming-source.consume-start-offset'='2020-05-20') */;
-- ----
SELECT * FROM orders_table AS o
JOIN dimension_table FOR SYSTEM_TIME AS OF o.proctime AS dim
ON o.product_id = dim.product_id;
-- ----
INSERT INTO mytable SELECT 'Tom', 25;
-- ----
INSERT OVERWRITE mytable SELECT 'Tom', 25;
-- ----
INSERT OVERWRITE myparttable PARTITION (my_type='type_1', my_date='2019-08-08') SELECT 'Tom', 25;
-- ----
INSERT OVERWRITE myparttable SELECT 'Tom', 25, 'type_1', '2019-08-08';
-- ----
INSERT OVERWRITE myparttable PARTITION (my_type='type_1') SELECT 'Tom', 25, '2019-08-08';
-- ----
-- batch sql, select with partition pruning
SELECT * FROM hive_table WHERE dt='2020-05-20' and hr='12';
