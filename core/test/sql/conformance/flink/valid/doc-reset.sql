-- Source: Flink documentation, "RESET Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/reset/ (apache/flink docs/content/docs/dev/table/sql/reset.md).
RESET 'table.planner';
-- ----
RESET;
