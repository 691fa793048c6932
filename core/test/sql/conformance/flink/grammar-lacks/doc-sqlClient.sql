-- Source: Flink documentation, "SQL Client", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sqlclient/ (apache/flink docs/content/docs/dev/table/sqlClient.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
CREATE DATABASE MyDatabase;
-- ----
RESET execution.state-recovery.path;
