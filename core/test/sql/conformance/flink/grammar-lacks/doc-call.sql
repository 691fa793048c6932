-- Source: Flink documentation, "CALL Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/call/ (apache/flink docs/content/docs/dev/table/sql/call.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
CALL `system`.generate_n(4);
