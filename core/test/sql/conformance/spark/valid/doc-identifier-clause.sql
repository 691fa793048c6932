-- Source: Spark SQL reference, "Identifier clause", https://spark.apache.org/docs/latest/sql-ref-identifier-clause.html (apache/spark docs/sql-ref-identifier-clause.md).
DECLARE mytab = 'tab1';
-- ----
SET VAR mytab = '`default`.`tab1`';
-- ----
-- Dropping a table with separate schema and table parameters.
DECLARE myschema = 'default';
-- ----
SET VAR mytab = 'tab1';
-- ----
-- A parameterized column reference
DECLARE col = 'c1';
