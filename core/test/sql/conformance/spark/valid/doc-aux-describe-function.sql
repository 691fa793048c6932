-- Source: Spark SQL reference, "DESCRIBE FUNCTION", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-describe-function.html (apache/spark docs/sql-ref-syntax-aux-describe-function.md).
-- Describe a builtin scalar function.
-- Returns function name, implementing class and usage
DESC FUNCTION abs;
-- ----
-- Describe a builtin scalar function.
-- Returns function name, implementing class and usage and examples.
DESC FUNCTION EXTENDED abs;
-- ----
-- Describe a builtin aggregate function
DESC FUNCTION max;
-- ----
-- Describe a builtin user defined aggregate function
-- Returns function name, implementing class and usage and examples.
DESC FUNCTION EXTENDED explode;
