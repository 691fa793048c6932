-- Source: Spark SQL reference, "DROP FUNCTION", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-drop-function.html (apache/spark docs/sql-ref-syntax-ddl-drop-function.md).
-- Create a permanent function `test_avg`
CREATE FUNCTION test_avg AS 'org.apache.hadoop.hive.ql.udf.generic.GenericUDAFAverage';
-- ----
-- Create Temporary function `test_avg`
CREATE TEMPORARY FUNCTION test_avg AS
    'org.apache.hadoop.hive.ql.udf.generic.GenericUDAFAverage';
-- ----
-- Drop Permanent function
DROP FUNCTION test_avg;
-- ----
-- Drop Temporary function
DROP TEMPORARY FUNCTION IF EXISTS test_avg;
