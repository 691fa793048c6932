-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "tablesample" family picked from those files (the file of each is named above it).
-- limit.sql
SELECT * FROM testData TABLESAMPLE (-1 ROWS);
-- ----
-- tablesample-negative.sql
-- Negative tests: negative percentage
SELECT mydb1.t1 FROM t1 TABLESAMPLE (-1 PERCENT);
-- ----
-- tablesample-negative.sql
-- Negative tests:  percentage over 100
-- The TABLESAMPLE clause samples without replacement, so the value of PERCENT must not exceed 100
SELECT mydb1.t1 FROM t1 TABLESAMPLE (101 PERCENT);
