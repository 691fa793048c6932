-- Source: Flink documentation, "SET Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/set/ (apache/flink docs/content/docs/dev/table/sql/set.md).
SET 'table.local-time-zone' = 'Europe/Berlin';
-- ----
SET;
