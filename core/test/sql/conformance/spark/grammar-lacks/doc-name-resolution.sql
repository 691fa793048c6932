-- Source: Spark SQL reference, "Name Resolution", https://spark.apache.org/docs/latest/sql-ref-name-resolution.html (apache/spark docs/sql-ref-name-resolution.md).
-- Documented Spark syntax that dt-sql-parser's SparkSQL grammar rejects; each statement is an example from that page.
-- Referencing a parameter of a SQL function
CREATE OR REPLACE TEMPORARY FUNCTION func(a INT) RETURNS INT
    RETURN (SELECT c1 FROM VALUES(1) AS T(c1) WHERE c1 = a);
-- ----
-- A column takes precedence over a parameter
CREATE OR REPLACE TEMPORARY FUNCTION func(a INT) RETURNS INT
    RETURN (SELECT a FROM VALUES(1) AS T(a) WHERE t.a = a);
-- ----
-- Qualify the parameter with the function name
CREATE OR REPLACE TEMPORARY FUNCTION func(a INT) RETURNS INT
    RETURN (SELECT a FROM VALUES(1) AS T(a) WHERE t.a = func.a);
-- ----
CREATE OR REPLACE TEMPORARY FUNCTION func(a INT, b int, c int)
  RETURNS TABLE
  RETURN SELECT t.*
    FROM lat,
         LATERAL(SELECT a, b, c
                   FROM frm) AS t;
-- ----
-- Setting up a scenario
USE CATALOG spark_catalog;
-- ----
-- Create a function with the same name as a builtin
CREATE FUNCTION concat(a STRING, b STRING) RETURNS STRING
    RETURN b || a;
-- ----
-- Create a persistent function
CREATE FUNCTION func(a INT, b INT) RETURNS INT
    RETURN a + b;
-- ----
-- Create a conflicting temporary function
CREATE FUNCTION func(a INT, b INT) RETURNS INT
    RETURN a / b;
