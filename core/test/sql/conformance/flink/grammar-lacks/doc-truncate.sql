-- Source: Flink documentation, "TRUNCATE Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/truncate/ (apache/flink docs/content/docs/dev/table/sql/truncate.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
TRUNCATE TABLE Orders;
