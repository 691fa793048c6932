-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "struct-as" family picked from those files (the file of each is named above it).
-- group-by.sql
-- struct() in group by
SELECT count(1) FROM testData GROUP BY struct(a + 0.1 AS aa);
