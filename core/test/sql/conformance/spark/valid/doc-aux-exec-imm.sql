-- Source: Spark SQL reference, "EXECUTE IMMEDIATE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-exec-imm.html (apache/spark docs/sql-ref-syntax-aux-exec-imm.md).
-- A SQL string composed in a SQL variable
DECLARE sqlStr = 'SELECT SUM(c1) FROM VALUES(?), (?) AS t(c1)';
-- ----
DECLARE arg1 = 5;
-- ----
DECLARE arg2 = 6;
-- ----
-- Using the INTO clause
DECLARE sum INT;
-- ----
DECLARE sqlStr = 'SELECT SUM(c1) FROM VALUES(:first), (:second) AS t(c1)';
-- ----
SELECT sum;
-- ----
-- Using constant expressions
DECLARE foo = 'sum';
