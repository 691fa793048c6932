-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/function.q (its statements in order; outputs removed).
ADD JAR '$VAR_UDF_JAR_PATH';
-- ----
create function func1 as 'LowerUDF' LANGUAGE JAVA;
-- ----
SELECT id, func1(str) FROM (VALUES (1, 'Hello World'), (2, 'Hi')) as T(id, str);
-- ----
create temporary function if not exists func2 as 'LowerUDF' LANGUAGE JAVA;
-- ----
use catalog default_catalog;
-- ----
create function c1.db.func3 as 'LowerUDF' LANGUAGE JAVA;
-- ----
create temporary function if not exists c1.db.func4 as 'LowerUDF' LANGUAGE JAVA;
-- ----
use db;
-- ----
create function `default`.func5 as 'LowerUDF';
-- ----
create function `default`.func6 as 'LowerUDF';
-- ----
create function c1.db.func10 as 'LowerUDF';
-- ----
create function c1.db.func11 as 'LowerUDF';
-- ----
drop function if exists c1.db.func10;
-- ----
drop function if exists non_func;
-- ----
alter function func11 as 'org.apache.flink.table.client.gateway.local.ExecutorImplITCase$TestScalaFunction';
-- ----
create temporary function tmp_func as 'LowerUDF';
-- ----
alter temporary function tmp_func as 'org.apache.flink.table.client.gateway.local.ExecutorImplITCase$TestScalaFunction';
-- ----
REMOVE JAR '$VAR_UDF_JAR_PATH';
-- ----
create temporary function temp_upperudf AS 'UpperUDF' using jar '$VAR_UDF_JAR_PATH';
-- ----
create function upperudf AS 'UpperUDF' using jar '$VAR_UDF_JAR_PATH';
-- ----
SELECT id, upperudf(str) FROM (VALUES (1, 'hello world'), (2, 'hi')) as T(id, str);
