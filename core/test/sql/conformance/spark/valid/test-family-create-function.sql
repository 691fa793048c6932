-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "create-function" family picked from those files (the file of each is named above it).
-- udaf.sql
CREATE FUNCTION myDoubleAvg AS 'test.org.apache.spark.sql.MyDoubleAvg';
-- ----
-- udaf.sql
CREATE FUNCTION udaf1 AS 'test.non.existent.udaf';
