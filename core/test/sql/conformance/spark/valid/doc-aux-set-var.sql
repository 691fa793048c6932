-- Source: Spark SQL reference, "SET VAR", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-set-var.html (apache/spark docs/sql-ref-syntax-aux-set-var.md).
SET { VAR | VARIABLE }
  { { variable_name = { expression | DEFAULT } } [, ...] |
    ( variable_name [, ...] ) = ( query ) };
-- ----
--
DECLARE VARIABLE var1 INT DEFAULT 7;
-- ----
DECLARE VARIABLE var2 STRING;
-- ----
-- A simple assignment
SET VAR var1 = 5;
-- ----
SELECT var1;
-- ----
-- A complex expression assignment
SET VARIABLE var1 = (SELECT max(c1) FROM VALUES(1), (2) AS t(c1));
-- ----
-- resetting the variable to DEFAULT
SET VAR var1 = DEFAULT;
-- ----
-- A multi variable assignment
SET VAR (var1, var2) = (SELECT max(c1), CAST(min(c1) AS STRING) FROM VALUES(1), (2) AS t(c1));
-- ----
SELECT var1, var2;
-- ----
-- Too many rows
SET VAR (var1, var2) = (SELECT c1, CAST(c1 AS STRING) FROM VALUES(1), (2) AS t(c1));
