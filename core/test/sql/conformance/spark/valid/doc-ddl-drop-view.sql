-- Source: Spark SQL reference, "DROP VIEW", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-drop-view.html (apache/spark docs/sql-ref-syntax-ddl-drop-view.md).
-- Assumes a view named `employeeView` exists.
DROP VIEW employeeView;
-- ----
-- Assumes a view named `employeeView` exists in the `userdb` database
DROP VIEW userdb.employeeView;
