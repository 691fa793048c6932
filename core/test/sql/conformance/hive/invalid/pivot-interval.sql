-- Source: written for this corpus: syntax errors (and syntax of another dialect) that dt-sql-parser and our parser must both reject.
SELECT * FROM dwd.t PIVOT (sum(a) FOR c IN (1, 2));
-- ----
SELECT INTERVAL 1 DAY 2 HOURS;
