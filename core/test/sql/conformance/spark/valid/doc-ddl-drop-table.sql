-- Source: Spark SQL reference, "DROP TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-drop-table.html (apache/spark docs/sql-ref-syntax-ddl-drop-table.md).
-- Assumes a table named `employeetable` exists.
DROP TABLE employeetable;
-- ----
-- Assumes a table named `employeetable` exists in the `userdb` database
DROP TABLE userdb.employeetable;
-- ----
-- Completely purge the table skipping trash.
DROP TABLE employeetable PURGE;
