-- Source: Spark SQL reference, "CLEAR CACHE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-cache-clear-cache.html (apache/spark docs/sql-ref-syntax-aux-cache-clear-cache.md).
CLEAR CACHE;
-- ----
CLEAR CACHE;
