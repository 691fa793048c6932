-- Source: Flink documentation, "UNLOAD Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/unload/ (apache/flink docs/content/docs/dev/table/sql/unload.md).
UNLOAD MODULE core;
-- ----
UNLOAD MODULE module_name;
