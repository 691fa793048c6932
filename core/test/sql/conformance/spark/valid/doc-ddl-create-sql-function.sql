-- Source: Spark SQL reference, "CREATE FUNCTION (SQL)", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-create-sql-function.html (apache/spark docs/sql-ref-syntax-ddl-create-sql-function.md).
CREATE VIEW t(c1, c2) AS VALUES (0, 1), (1, 2);
-- ----
SELECT hello();
-- ----
-- Use a SQL function in the SELECT clause of a query.
SELECT area(c1, c2) AS area FROM t;
-- ----
-- Use a SQL function in the WHERE clause of a query.
SELECT * FROM t WHERE area(c1, c2) > 0;
-- ----
SELECT c1, square(c1) AS square FROM t;
-- ----
-- Roll a single 6-sided die
SELECT roll_dice();
-- ----
-- Return all weekdays
SELECT weekdays.day_of_week, day
    FROM weekdays(DATE'2022-01-01', DATE'2022-01-14');
-- ----
-- Return weekdays for date ranges originating from a LATERAL correlation
SELECT weekdays.*
    FROM VALUES (DATE'2020-01-01'),
                (DATE'2021-01-01'),
                (DATE'2022-01-01') AS starts(start),
         LATERAL weekdays(start, start + INTERVAL '7' DAYS);
-- ----
-- Describe a SQL table function.
DESCRIBE FUNCTION getemps;
-- ----
DESCRIBE FUNCTION hello;
-- ----
DESCRIBE FUNCTION area;
-- ----
DESCRIBE FUNCTION roll_dice;
