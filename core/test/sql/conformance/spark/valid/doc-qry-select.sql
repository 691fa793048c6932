-- Source: Spark SQL reference, "SELECT", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select.html (apache/spark docs/sql-ref-syntax-qry-select.md).
SELECT `(a|b)?+.+` FROM (
  SELECT 1 as a, 2 as b, 3 as c
);
