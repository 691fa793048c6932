-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "cte" family picked from those files (the file of each is named above it).
-- collations-aliases.sql
-- Implicit alias in CTE output
with cte as (
  select concat_ws(' ', utf8_lcase, utf8_lcase) from t1
)
select * from cte;
-- ----
-- cte-command.sql
-- INSERT inside WITH
WITH s AS (SELECT 43 AS col)
INSERT INTO cte_tbl SELECT * FROM S;
-- ----
-- cte-command.sql
-- Multi-INSERT
WITH s AS (SELECT 45 AS col)
FROM s
INSERT INTO cte_tbl SELECT col
INSERT INTO cte_tbl2 SELECT col;
-- ----
-- cte-nested.sql
-- CTE in CTE definition shadows outer 2
WITH
  t(c) AS (SELECT 1),
  t2 AS (
    SELECT (
      SELECT max(c) FROM (
        WITH t(c) AS (SELECT 2)
        SELECT * FROM t
      )
    )
  )
SELECT * FROM t2;
