-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "interval-year-to-month" family picked from those files (the file of each is named above it).
-- cast.sql
SELECT CAST("interval '3-1' year to month" AS interval year to month);
-- ----
-- cast.sql
select cast(interval '-10-2' year to month as smallint);
-- ----
-- date.sql
-- date +/- interval and interval + date
select date '2012-01-01' - interval '2-2' year to month,
       date '2011-11-11' - interval '2' day,
       date '2012-01-01' + interval '-2-2' year to month,
       date '2011-11-11' + interval '-2' month,
       - interval '2-2' year to month + date '2012-01-01',
       interval '-2' day + date '2011-11-11';
