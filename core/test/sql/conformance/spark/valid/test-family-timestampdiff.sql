-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "timestampdiff" family picked from those files (the file of each is named above it).
-- date.sql
-- null input leads to null result.
select date_add(null, 1);
-- ----
-- date.sql
-- Add a number of units to a timestamp or a date
select dateadd(MICROSECOND, 1001, timestamp'2022-02-25 01:02:03.123');
-- ----
-- date.sql
select date_add(MILLISECOND, -1, timestamp'2022-02-25 01:02:03.456');
-- ----
-- date.sql
select dateadd(SECOND, 58, timestamp'2022-02-25 01:02:03');
-- ----
-- date.sql
select date_add(MINUTE, -100, date'2022-02-25');
-- ----
-- date.sql
select dateadd(HOUR, -1, timestamp'2022-02-25 01:02:03');
-- ----
-- date.sql
select date_add(DAY, 367, date'2022-02-25');
-- ----
-- date.sql
select dateadd(WEEK, -4, timestamp'2022-02-25 01:02:03');
-- ----
-- date.sql
select date_add(MONTH, -1, timestamp'2022-02-25 01:02:03');
-- ----
-- date.sql
select dateadd(QUARTER, 5, date'2022-02-25');
-- ----
-- date.sql
select date_add(YEAR, 1, date'2022-02-25');
-- ----
-- date.sql
-- Get the difference between timestamps or dates in the specified units
select datediff(MICROSECOND, timestamp'2022-02-25 01:02:03.123', timestamp'2022-02-25 01:02:03.124001');
