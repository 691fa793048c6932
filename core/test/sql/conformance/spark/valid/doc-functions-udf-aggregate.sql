-- Source: Spark SQL reference, "User Defined Aggregate Functions (UDAFs)", https://spark.apache.org/docs/latest/sql-ref-functions-udf-aggregate.html (apache/spark docs/sql-ref-functions-udf-aggregate.md).
-- Compile and place UDAF MyAverage in a JAR file called `MyAverage.jar` in /tmp.
CREATE FUNCTION myAverage AS 'MyAverage' USING JAR '/tmp/MyAverage.jar';
-- ----
SHOW USER FUNCTIONS;
-- ----
CREATE TEMPORARY VIEW employees
USING org.apache.spark.sql.json
OPTIONS (
    path "examples/src/main/resources/employees.json"
);
-- ----
SELECT * FROM employees;
-- ----
SELECT myAverage(salary) as average_salary FROM employees;
