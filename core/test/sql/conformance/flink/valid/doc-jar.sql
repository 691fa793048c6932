-- Source: Flink documentation, "JAR Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/jar/ (apache/flink docs/content/docs/dev/table/sql/jar.md).
ADD JAR '/path/hello.jar';
-- ----
ADD JAR 'hdfs:///udf/common-udf.jar';
-- ----
SHOW JARS;
-- ----
REMOVE JAR '/path/hello.jar';
-- ----
ADD JAR '<path_to_filename>.jar';
-- ----
SHOW JARS;
-- ----
REMOVE JAR '<path_to_filename>.jar';
