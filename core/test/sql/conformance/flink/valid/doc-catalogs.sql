-- Source: Flink documentation, "Catalogs", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/catalogs/ (apache/flink docs/content/docs/dev/table/catalogs.md).
USE myDB;
-- ----
SELECT * FROM not_the_current_catalog.not_the_current_db.my_table;
