-- Source: Flink documentation, "UPDATE Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/update/ (apache/flink docs/content/docs/dev/table/sql/update.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
UPDATE Orders SET amount = 2;
