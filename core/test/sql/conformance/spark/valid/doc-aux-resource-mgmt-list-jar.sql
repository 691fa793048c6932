-- Source: Spark SQL reference, "LIST JAR", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-resource-mgmt-list-jar.html (apache/spark docs/sql-ref-syntax-aux-resource-mgmt-list-jar.md).
ADD JAR /tmp/test_2.jar;
-- ----
LIST JAR;
-- ----
LIST JAR /tmp/test.jar /some/random.jar /another/random.jar;
