-- Source: Spark SQL reference, "CREATE FUNCTION (External)", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-create-function.html (apache/spark docs/sql-ref-syntax-ddl-create-function.md).
-- Create a table called `test` and insert two rows.
CREATE TABLE test(c1 INT);
-- ----
INSERT INTO test VALUES (1), (2);
-- ----
-- Create a permanent function called `simple_udf`.
CREATE FUNCTION simple_udf AS 'SimpleUdf'
    USING JAR '/tmp/SimpleUdf.jar';
-- ----
-- Invoke the function. Every selected value should be incremented by 10.
SELECT simple_udf(c1) AS function_return_value FROM test;
-- ----
-- Created a temporary function.
CREATE TEMPORARY FUNCTION simple_temp_udf AS 'SimpleUdf'
    USING JAR '/tmp/SimpleUdf.jar';
-- ----
-- Replace the implementation of `simple_udf`
CREATE OR REPLACE FUNCTION simple_udf AS 'SimpleUdfR'
    USING JAR '/tmp/SimpleUdfR.jar';
