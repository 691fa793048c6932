-- Source: written for this corpus: syntax errors (and syntax of another dialect) that dt-sql-parser and our parser must both reject.
SELECT * FROM dwd.t PIVOT (sum(a) c IN (1, 2));
-- ----
SELECT * FROM dwd.t UNPIVOT (v FOR n IN ());
-- ----
SELECT * FROM dwd.t TABLESAMPLE (BUCKET 1 OF 4);
-- ----
SELECT * FROM dwd.t AS s TABLESAMPLE (10 PERCENT);
