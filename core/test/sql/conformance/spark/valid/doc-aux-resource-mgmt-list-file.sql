-- Source: Spark SQL reference, "LIST FILE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-resource-mgmt-list-file.html (apache/spark docs/sql-ref-syntax-aux-resource-mgmt-list-file.md).
ADD FILE /tmp/test_2;
-- ----
LIST FILE;
-- ----
LIST FILE /tmp/test /some/random/file /another/random/file;
