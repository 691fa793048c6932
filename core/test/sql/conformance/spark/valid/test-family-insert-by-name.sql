-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "insert-by-name" family picked from those files (the file of each is named above it).
-- with.sql
SELECT * FROM vsubdepartment ORDER BY name;
