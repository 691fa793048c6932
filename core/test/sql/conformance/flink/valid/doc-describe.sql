-- Source: Flink documentation, "DESCRIBE Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/describe/ (apache/flink docs/content/docs/dev/table/sql/describe.md).
DESC Orders;
-- ----
CREATE CATALOG cat2 WITH ('type'='generic_in_memory', 'default-database'='db');
