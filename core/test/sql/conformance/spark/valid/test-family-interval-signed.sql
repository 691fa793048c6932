-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "interval-signed" family picked from those files (the file of each is named above it).
-- cast.sql
select cast(interval -'10.123456' second as tinyint);
