-- Source: Spark SQL reference, "UNCACHE TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-cache-uncache-table.html (apache/spark docs/sql-ref-syntax-aux-cache-uncache-table.md).
UNCACHE TABLE t1;
