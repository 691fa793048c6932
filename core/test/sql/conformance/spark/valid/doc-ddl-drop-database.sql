-- Source: Spark SQL reference, "DROP DATABASE", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-drop-database.html (apache/spark docs/sql-ref-syntax-ddl-drop-database.md).
-- Create `inventory_db` Database
CREATE DATABASE inventory_db COMMENT 'This database is used to maintain Inventory';
-- ----
-- Drop the database and it's tables
DROP DATABASE inventory_db CASCADE;
-- ----
-- Drop the database using IF EXISTS
DROP DATABASE IF EXISTS inventory_db CASCADE;
