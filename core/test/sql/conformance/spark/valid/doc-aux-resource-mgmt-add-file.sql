-- Source: Spark SQL reference, "ADD FILE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-resource-mgmt-add-file.html (apache/spark docs/sql-ref-syntax-aux-resource-mgmt-add-file.md).
ADD FILE /tmp/test;
-- ----
ADD FILE "/path/to/file/abc.txt";
-- ----
ADD FILE '/another/test.txt';
-- ----
ADD FILE "/path with space/abc.txt";
-- ----
ADD FILE "/path/to/some/directory";
-- ----
ADD FILES "/path with space/cde.txt" '/path with space/fgh.txt';
