-- Source: Flink documentation, "Modules", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/modules/ (apache/flink docs/content/docs/dev/table/modules.md).
-- Load a hive module
LOAD MODULE hive WITH ('hive-version' = '...');
-- ----
-- Change resolution order
USE MODULES hive, core ;
-- ----
-- Unload hive module
UNLOAD MODULE hive;
