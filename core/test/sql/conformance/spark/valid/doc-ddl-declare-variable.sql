-- Source: Spark SQL reference, "DECLARE VARIABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-declare-variable.html (apache/spark docs/sql-ref-syntax-ddl-declare-variable.md).
-- The dense form of declaring a variable with default
DECLARE five = 5;
-- ----
-- Declare a defined variable
DECLARE five = 55;
-- ----
-- Explicitly declare the default value of a variable using the keyword `DEFAULT`
DECLARE VARIABLE size DEFAULT 6;
-- ----
-- STRING variable initialized to `NULL`
DECLARE some_var STRING;
