-- Source: Spark SQL reference, "DROP TEMPORARY VARIABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-drop-variable.html (apache/spark docs/sql-ref-syntax-ddl-drop-variable.md).
-- Create a temporary variable var1
DECLARE VARIABLE var1 INT;
-- ----
-- Drop temporary variable
DROP TEMPORARY VARIABLE var1;
