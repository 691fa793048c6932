-- Source: Spark SQL reference, "CREATE FUNCTION (SQL)", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-create-sql-function.html (apache/spark docs/sql-ref-syntax-ddl-create-sql-function.md).
-- Documented Spark syntax that dt-sql-parser's SparkSQL grammar rejects; each statement is an example from that page.
-- Create a temporary function with no parameter.
CREATE TEMPORARY FUNCTION hello() RETURNS STRING
    RETURN 'Hello World!';
-- ----
-- Create a permanent function with parameters.
CREATE FUNCTION area(x DOUBLE, y DOUBLE) RETURNS DOUBLE RETURN x * y;
-- ----
-- Compose SQL functions.
CREATE FUNCTION square(x DOUBLE) RETURNS DOUBLE RETURN area(x, x);
-- ----
-- Create a non-deterministic function
CREATE FUNCTION roll_dice()
    RETURNS INT
    NOT DETERMINISTIC
    CONTAINS SQL
    COMMENT 'Roll a single 6 sided die'
    RETURN (rand() * 6)::INT + 1;
-- ----
-- Produce all weekdays between two dates
CREATE FUNCTION weekdays(start DATE, end DATE)
    RETURNS TABLE(day_of_week STRING, day DATE)
    RETURN SELECT extract(DAYOFWEEK_ISO FROM day), day
             FROM (SELECT sequence(weekdays.start, weekdays.end)) AS T(days)
                  LATERAL VIEW explode(days) AS day
             WHERE extract(DAYOFWEEK_ISO FROM day) BETWEEN 1 AND 5;
-- ----
-- Replace a SQL scalar function.
CREATE OR REPLACE FUNCTION square(x DOUBLE) RETURNS DOUBLE RETURN x * x;
-- ----
-- Replace a SQL table function.
CREATE OR REPLACE FUNCTION getemps(deptno INT)
    RETURNS TABLE (name STRING)
    RETURN SELECT name FROM employee e WHERE e.deptno = getemps.deptno;
