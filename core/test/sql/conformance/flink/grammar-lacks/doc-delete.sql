-- Source: Flink documentation, "DELETE Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/delete/ (apache/flink docs/content/docs/dev/table/sql/delete.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
DELETE FROM Orders WHERE `user` = 'Lili';
