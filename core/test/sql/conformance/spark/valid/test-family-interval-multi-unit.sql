-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "interval-multi-unit" family picked from those files (the file of each is named above it).
-- cast.sql
-- TODO: migrate all cast tests here.

-- cast string to interval and interval to string
SELECT CAST('interval 3 month 1 hour' AS interval);
-- ----
-- cast.sql
SELECT CAST(interval 3 month 1 hour AS string);
-- ----
-- cast.sql
SELECT CAST(interval 3 year 1 month AS string);
-- ----
-- cast.sql
SELECT CAST(interval 3 day 1 second AS string);
