-- Source: Spark SQL reference, "REFRESH", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-cache-refresh.html (apache/spark docs/sql-ref-syntax-aux-cache-refresh.md).
REFRESH resource_path;
-- ----
-- The Path is resolved using the datasource's File Index.
CREATE TABLE test(ID INT) using parquet;
-- ----
INSERT INTO test SELECT 1000;
-- ----
CACHE TABLE test;
-- ----
INSERT INTO test SELECT 100;
-- ----
REFRESH "hdfs://path/to/table";
