-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "cast-interval" family picked from those files (the file of each is named above it).
-- cast.sql
-- cast integrals to ANSI intervals
select cast(1Y as interval year);
-- ----
-- cast.sql
select cast(-122S as interval year to month);
-- ----
-- cast.sql
select cast(1000 as interval month);
-- ----
-- cast.sql
select cast(-10L as interval second);
-- ----
-- cast.sql
select cast(100Y as interval hour to second);
-- ----
-- cast.sql
select cast(-1000S as interval day to second);
-- ----
-- cast.sql
select cast(10 as interval day);
-- ----
-- cast.sql
select cast(2147483647 as interval year);
