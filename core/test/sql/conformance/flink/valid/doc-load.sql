-- Source: Flink documentation, "LOAD Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/load/ (apache/flink docs/content/docs/dev/table/sql/load.md).
LOAD MODULE hive WITH ('hive-version' = '3.1.3');
-- ----
SHOW MODULES;
