-- Source: Spark SQL reference, "ADD ARCHIVE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-resource-mgmt-add-archive.html (apache/spark docs/sql-ref-syntax-aux-resource-mgmt-add-archive.md).
ADD ARCHIVE /tmp/test.tar.gz;
-- ----
ADD ARCHIVE "/path/to/some.zip";
-- ----
ADD ARCHIVE '/some/other.tgz';
-- ----
ADD ARCHIVE "/path with space/abc.tar";
-- ----
ADD ARCHIVES "/path with space/def.tgz" '/path with space/ghi.zip';
