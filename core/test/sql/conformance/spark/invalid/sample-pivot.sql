SELECT * FROM dwd.t PIVOT (sum(a) c IN (1, 2));
-- ----
SELECT * FROM dwd.t UNPIVOT (v FOR n IN ());
-- ----
SELECT * FROM dwd.t TABLESAMPLE (BUCKET 1 OF 4);
-- ----
SELECT * FROM dwd.t AS s TABLESAMPLE (10 PERCENT);
