-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "interval-day-to-second" family picked from those files (the file of each is named above it).
-- cast.sql
SELECT CAST("interval '3 00:00:01' day to second" AS interval day to second);
-- ----
-- cast.sql
select cast(interval -'1 02:03:04.123' day to second as int);
-- ----
-- cast.sql
select cast(interval '1 01:02:03.1' day to second as decimal(8, 1));
