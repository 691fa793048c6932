-- Source: Spark SQL reference, "ALTER DATABASE", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-alter-database.html (apache/spark docs/sql-ref-syntax-ddl-alter-database.md).
-- Creates a database named `inventory`.
CREATE DATABASE inventory;
-- ----
-- Alters the database to set properties `Edited-by` and `Edit-date`.
ALTER DATABASE inventory SET DBPROPERTIES ('Edited-by' = 'John', 'Edit-date' = '01/01/2001');
-- ----
-- Verify that properties are set.
DESCRIBE DATABASE EXTENDED inventory;
-- ----
-- Alters the database to set a new location.
ALTER DATABASE inventory SET LOCATION 'file:/temp/spark-warehouse/new_inventory.db';
