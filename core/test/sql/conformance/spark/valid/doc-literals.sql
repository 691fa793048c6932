-- Source: Spark SQL reference, "Literals", https://spark.apache.org/docs/latest/sql-ref-literals.html (apache/spark docs/sql-ref-literals.md).
SELECT 'Hello, World!' AS col;
-- ----
SELECT "SPARK SQL" AS col;
-- ----
SELECT 'it\'s $10.' AS col;
-- ----
SELECT r"'\n' represents newline character." AS col;
-- ----
SELECT 'Hello' ',' 'World!' AS col;
-- ----
SELECT X'123456' AS col;
-- ----
SELECT NULL AS col;
-- ----
SELECT TRUE AS col;
-- ----
SELECT -2147483648 AS col;
-- ----
SELECT 9223372036854775807l AS col;
-- ----
SELECT -32Y AS col;
-- ----
SELECT 482S AS col;
-- ----
SELECT 12.578 AS col, TYPEOF(12.578) AS type;
-- ----
SELECT 12.578E0 AS col, TYPEOF(12.578E0) AS type;
-- ----
SELECT -0.1234567 AS col;
-- ----
SELECT -.1234567 AS col;
-- ----
SELECT 123. AS col;
-- ----
SELECT 123.BD AS col;
-- ----
SELECT 5E2 AS col;
-- ----
SELECT 5D AS col;
-- ----
SELECT -5BD AS col;
-- ----
SELECT 12.578e-2d AS col;
-- ----
SELECT -.1234567E+2BD AS col;
-- ----
SELECT +3.e+3 AS col;
-- ----
SELECT -3.E-3D AS col;
-- ----
SELECT DATE '1997' AS col;
-- ----
SELECT DATE '1997-01' AS col;
-- ----
SELECT DATE '2011-11-11' AS col;
-- ----
SELECT TIME'12:00' as col;
-- ----
SELECT TIME'2:0' as col;
-- ----
SELECT TIME'2:0:3' as col;
-- ----
SELECT TIME'23:59:59.999999' as col;
-- ----
SELECT TIMESTAMP '1997-01-31 09:26:56.123' AS col;
-- ----
SELECT TIMESTAMP '1997-01-31 09:26:56.66666666UTC+08:00' AS col;
-- ----
SELECT TIMESTAMP '1997-01' AS col;
-- ----
SELECT INTERVAL '2-3' YEAR TO MONTH AS col;
-- ----
SELECT INTERVAL -'20 15:40:32.99899999' DAY TO SECOND AS col;
-- ----
SELECT INTERVAL 3 YEAR AS col;
-- ----
SELECT INTERVAL -2 HOUR '3' MINUTE AS col;
-- ----
SELECT INTERVAL '1 YEAR 2 DAYS 3 HOURS';
-- ----
SELECT INTERVAL 1 YEARS 2 MONTH 3 WEEK 4 DAYS 5 HOUR 6 MINUTES 7 SECOND 8
    MILLISECOND 9 MICROSECONDS AS col;
