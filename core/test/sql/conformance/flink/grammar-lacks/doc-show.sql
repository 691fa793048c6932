-- Source: Flink documentation, "SHOW Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/show/ (apache/flink docs/content/docs/dev/table/sql/show.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
SHOW CREATE CATALOG cat2;
-- ----
show partitions table1;
-- ----
show partitions table1 partition (id=1002);
