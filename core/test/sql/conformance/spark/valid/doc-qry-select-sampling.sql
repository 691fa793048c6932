-- Source: Spark SQL reference, "Sampling Queries", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-sampling.html (apache/spark docs/sql-ref-syntax-qry-select-sampling.md).
SELECT * FROM test;
-- ----
SELECT * FROM test TABLESAMPLE (50 PERCENT);
-- ----
SELECT * FROM test TABLESAMPLE (5 ROWS);
-- ----
SELECT * FROM test TABLESAMPLE (BUCKET 4 OUT OF 10);
