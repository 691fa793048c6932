-- Source: Flink documentation, "ALTER Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/alter/ (apache/flink docs/content/docs/dev/table/sql/alter.md).
DESCRIBE Orders;
-- ----
ALTER TABLE Orders RENAME `order` to `order_id`;
-- ----
SHOW TABLES;
-- ----
ALTER TABLE Orders RENAME TO NewOrders;
-- ----
CREATE CATALOG cat2 WITH ('type'='generic_in_memory');
-- ----
-- rename column
ALTER TABLE MyTable RENAME request_body TO payload;
-- ----
-- rename table
ALTER TABLE MyTable RENAME TO MyTable2;
-- ----
-- set 'rows-per-second'
ALTER TABLE DataGenSource SET ('rows-per-second' = '10');
