-- Source: Flink documentation, "USE Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/use/ (apache/flink docs/content/docs/dev/table/sql/use.md).
USE CATALOG cat1;
-- ----
SHOW DATABASES;
-- ----
USE db1;
-- ----
USE MODULES hive;
-- ----
USE CATALOG catalog_name;
