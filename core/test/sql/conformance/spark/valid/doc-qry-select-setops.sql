-- Source: Spark SQL reference, "Set Operators", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-setops.html (apache/spark docs/sql-ref-syntax-qry-select-setops.md).
-- Use number1 and number2 tables to demonstrate set operators in this page.
SELECT * FROM number1;
-- ----
SELECT * FROM number2;
-- ----
SELECT c FROM number1 EXCEPT SELECT c FROM number2;
-- ----
SELECT c FROM number1 MINUS SELECT c FROM number2;
-- ----
SELECT c FROM number1 EXCEPT ALL (SELECT c FROM number2);
-- ----
SELECT c FROM number1 MINUS ALL (SELECT c FROM number2);
-- ----
(SELECT c FROM number1) INTERSECT (SELECT c FROM number2);
-- ----
(SELECT c FROM number1) INTERSECT DISTINCT (SELECT c FROM number2);
-- ----
(SELECT c FROM number1) INTERSECT ALL (SELECT c FROM number2);
-- ----
(SELECT c FROM number1) UNION (SELECT c FROM number2);
-- ----
(SELECT c FROM number1) UNION DISTINCT (SELECT c FROM number2);
-- ----
SELECT c FROM number1 UNION ALL (SELECT c FROM number2);
