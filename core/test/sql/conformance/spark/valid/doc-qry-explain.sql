-- Source: Spark SQL reference, "EXPLAIN", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-explain.html (apache/spark docs/sql-ref-syntax-qry-explain.md).
-- Default Output
EXPLAIN select k, sum(v) from values (1, 2), (1, 3) t(k, v) group by k;
-- ----
-- Using Extended
EXPLAIN EXTENDED select k, sum(v) from values (1, 2), (1, 3) t(k, v) group by k;
