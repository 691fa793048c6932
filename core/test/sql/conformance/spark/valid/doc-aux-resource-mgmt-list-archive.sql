-- Source: Spark SQL reference, "LIST ARCHIVE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-resource-mgmt-list-archive.html (apache/spark docs/sql-ref-syntax-aux-resource-mgmt-list-archive.md).
ADD ARCHIVE /tmp/test.zip;
-- ----
ADD ARCHIVE /tmp/test_2.tar.gz;
-- ----
LIST ARCHIVE;
-- ----
LIST ARCHIVE /tmp/test.zip /some/random.tgz /another/random.tar;
