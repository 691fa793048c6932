-- Source: Spark SQL reference, "Integration with Hive UDFs/UDAFs/UDTFs", https://spark.apache.org/docs/latest/sql-ref-functions-udf-hive.html (apache/spark docs/sql-ref-functions-udf-hive.md).
-- Register `GenericUDFAbs` and use it in Spark SQL.
-- Note that, if you use your own programmed one, you need to add a JAR containing it
-- into a classpath,
-- e.g., ADD JAR yourHiveUDF.jar;
CREATE TEMPORARY FUNCTION testUDF AS 'org.apache.hadoop.hive.ql.udf.generic.GenericUDFAbs';
-- ----
SELECT * FROM t;
-- ----
SELECT testUDF(value) FROM t;
-- ----
-- Register `UDFSubstr` and use it in Spark SQL.
-- Note that, it can achieve better performance if the return types and method parameters use Java primitives.
-- e.g., UDFSubstr. The data processing method is UTF8String <-> Text <-> String. we can avoid UTF8String <-> Text.
CREATE TEMPORARY FUNCTION hive_substr AS 'org.apache.hadoop.hive.ql.udf.UDFSubstr';
-- ----
select hive_substr('Spark SQL', 1, 5) as value;
-- ----
-- Register `GenericUDTFExplode` and use it in Spark SQL
CREATE TEMPORARY FUNCTION hiveUDTF
    AS 'org.apache.hadoop.hive.ql.udf.generic.GenericUDTFExplode';
-- ----
SELECT hiveUDTF(value) FROM t;
-- ----
-- Register `GenericUDAFSum` and use it in Spark SQL
CREATE TEMPORARY FUNCTION hiveUDAF
    AS 'org.apache.hadoop.hive.ql.udf.generic.GenericUDAFSum';
-- ----
SELECT key, hiveUDAF(value) FROM t GROUP BY key;
