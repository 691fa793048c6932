-- Source: Flink documentation, "ALTER Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/alter/ (apache/flink docs/content/docs/dev/table/sql/alter.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
ALTER TABLE Orders ADD `order` INT COMMENT 'order identifier' FIRST;
-- ----
ALTER TABLE Orders ADD (ts TIMESTAMP(3), category STRING AFTER product, PRIMARY KEY(`order`) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' HOUR);
-- ----
ALTER TABLE Orders MODIFY (amount DOUBLE NOT NULL, category STRING COMMENT 'category identifier' AFTER `order`, WATERMARK FOR ts AS ts);
-- ----
ALTER TABLE Orders DROP WATERMARK;
-- ----
ALTER TABLE Orders DROP (amount, ts, category);
-- ----
ALTER CATALOG cat2 SET ('default-database'='db_new');
-- ----
DESC CATALOG EXTENDED cat2;
-- ----
-- add a new column
ALTER TABLE MyTable ADD category_id STRING COMMENT 'identifier of the category';
-- ----
-- add columns, constraint, and watermark
ALTER TABLE MyTable ADD (
    log_ts STRING COMMENT 'log timestamp string' FIRST,
    ts AS TO_TIMESTAMP(log_ts) AFTER log_ts,
    PRIMARY KEY (id) NOT ENFORCED,
    WATERMARK FOR ts AS ts - INTERVAL '3' SECOND
);
-- ----
-- add a new partition
ALTER TABLE MyTable ADD PARTITION (p1=1,p2='a') with ('k1'='v1');
-- ----
-- add two new partitions
ALTER TABLE MyTable ADD PARTITION (p1=1,p2='a') with ('k1'='v1') PARTITION (p1=1,p2='b') with ('k2'='v2');
-- ----
-- modify a column type, comment and position
ALTER TABLE MyTable MODIFY measurement double COMMENT 'unit is bytes per second' AFTER `id`;
-- ----
-- modify definition of column log_ts and ts, primary key, watermark. They must exist in table schema
ALTER TABLE MyTable MODIFY (
    log_ts STRING COMMENT 'log timestamp string' AFTER `id`,  -- reorder columns
    ts AS TO_TIMESTAMP(log_ts) AFTER log_ts,
    PRIMARY KEY (id) NOT ENFORCED,
    WATERMARK FOR ts AS ts -- modify watermark strategy
);
-- ----
-- drop a column
ALTER TABLE MyTable DROP measurement;
-- ----
-- drop columns
ALTER TABLE MyTable DROP (col1, col2, col3);
-- ----
-- drop primary key
ALTER TABLE MyTable DROP PRIMARY KEY;
-- ----
-- drop a partition
ALTER TABLE MyTable DROP PARTITION (`id` = 1);
-- ----
-- drop two partitions
ALTER TABLE MyTable DROP PARTITION (`id` = 1), PARTITION (`id` = 2);
-- ----
-- drop a watermark
ALTER TABLE MyTable DROP WATERMARK;
-- ----
-- reset 'rows-per-second' to the default value
ALTER TABLE DataGenSource RESET ('rows-per-second');
-- ----
-- set 'default-database'
ALTER CATALOG cat2 SET ('default-database'='db');
