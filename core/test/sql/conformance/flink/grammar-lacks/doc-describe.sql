-- Source: Flink documentation, "DESCRIBE Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/describe/ (apache/flink docs/content/docs/dev/table/sql/describe.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
DESCRIBE CATALOG cat2;
