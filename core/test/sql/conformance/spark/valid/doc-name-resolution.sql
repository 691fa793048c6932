-- Source: Spark SQL reference, "Name Resolution", https://spark.apache.org/docs/latest/sql-ref-name-resolution.html (apache/spark docs/sql-ref-name-resolution.md).
-- Differentiating columns and fields
SELECT a FROM VALUES(1) AS t(a);
-- ----
SELECT t.a FROM VALUES(1) AS t(a);
-- ----
SELECT t.a FROM VALUES(named_struct('a', 1)) AS t(t);
-- ----
-- A column takes precendece over a field
SELECT t.a FROM VALUES(named_struct('a', 1), 2) AS t(t, a);
-- ----
-- Implict lateral column alias
SELECT c1 AS a, a + c1 FROM VALUES(2) AS T(c1);
-- ----
-- A local column reference takes precedence, over a lateral column alias
SELECT c1 AS a, a + c1 FROM VALUES(2, 3) AS T(c1, a);
-- ----
-- A scalar subquery correlation to S.c3
SELECT (SELECT c1 FROM VALUES(1, 2) AS t(c1, c2)
           WHERE t.c2 * 2 = c3)
    FROM VALUES(4) AS s(c3);
-- ----
-- A local reference takes precedence over correlation
SELECT (SELECT c1 FROM VALUES(1, 2, 2) AS t(c1, c2, c3)
           WHERE t.c2 * 2 = c3)
    FROM VALUES(4) AS s(c3);
-- ----
-- An explicit scalar subquery correlation to s.c3
SELECT (SELECT c1 FROM VALUES(1, 2, 2) AS t(c1, c2, c3)
           WHERE t.c2 * 2 = s.c3)
    FROM VALUES(4) AS s(c3);
-- ----
-- Correlation from an EXISTS predicate to t.c2
SELECT c1 FROM VALUES(1, 2) AS T(c1, c2)
    WHERE EXISTS(SELECT 1 FROM VALUES(2) AS S(c2)
                  WHERE S.c2 = T.c2);
-- ----
-- Attempt a lateral correlation to t.c2
SELECT c1, c2, c3
    FROM VALUES(1, 2) AS t(c1, c2),
         (SELECT c3 FROM VALUES(3, 4) AS s(c3, c4)
           WHERE c4 = c2 * 2);
-- ----
SELECT func(1), func(2);
-- ----
CREATE OR REPLACE TEMPORARY VIEW frm(a) AS VALUES('frm.a');
-- ----
VALUES func('func.a', 'func.b', 'func.c');
-- ----
USE SCHEMA default;
-- ----
CREATE TABLE rel(c1 int);
-- ----
INSERT INTO rel VALUES(1);
-- ----
-- An fully qualified reference to rel:
SELECT c1 FROM spark_catalog.default.rel;
-- ----
-- A partially qualified reference to rel:
SELECT c1 FROM default.rel;
-- ----
-- An unqualified reference to rel:
SELECT c1 FROM rel;
-- ----
-- Add a temporary view with a conflicting name:
CREATE TEMPORARY VIEW rel(c1) AS VALUES(2);
-- ----
-- An unqualified reference to a common table expression wins even over a temporary view:
WITH rel(c1) AS (VALUES(3))
    SELECT * FROM rel;
-- ----
-- If CTEs are nested, the match nearest to the table reference takes precedence.
WITH rel(c1) AS (VALUES(3))
    (WITH rel(c1) AS (VALUES(4))
      SELECT * FROM rel);
-- ----
-- To resolve the table instead of the CTE, qualify it:
WITH rel(c1) AS (VALUES(3))
    (WITH rel(c1) AS (VALUES(4))
      SELECT * FROM default.rel);
-- ----
-- For a CTE to be visible it must contain the query
SELECT * FROM (WITH cte(c1) AS (VALUES(1))
                   SELECT 1),
                cte;
-- ----
-- unqualified reference resolves to the builtin CONCAT
SELECT concat('hello', 'world');
-- ----
-- Qualified reference resolves to the persistent function
SELECT default.concat('hello', 'world');
-- ----
-- The persistent function is resolved without qualifying it
SELECT func(4, 2);
-- ----
-- To resolve the persistent function it now needs qualification
SELECT spark_catalog.default.func(4, 3);
