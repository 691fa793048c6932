-- Source: Spark SQL reference, "ADD JAR", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-resource-mgmt-add-jar.html (apache/spark docs/sql-ref-syntax-aux-resource-mgmt-add-jar.md).
ADD JAR /tmp/test.jar;
-- ----
ADD JAR "/path/to/some.jar";
-- ----
ADD JAR '/some/other.jar';
-- ----
ADD JAR "/path with space/abc.jar";
-- ----
ADD JARS "/path with space/def.jar" '/path with space/ghi.jar';
-- ----
ADD JAR "ivy://group:module:version";
-- ----
ADD JAR "ivy://group:module:version?transitive=false";
-- ----
ADD JAR "ivy://group:module:version?transitive=true";
-- ----
ADD JAR "ivy://group:module:version?exclude=group:module&transitive=true";
