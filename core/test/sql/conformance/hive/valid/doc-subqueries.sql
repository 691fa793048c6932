-- Source: Hive Language Manual, LanguageManual SubQueries, https://hive.apache.org/docs/latest/language/languagemanual-subqueries/ (apache/hive-site content/docs/latest/language/languagemanual-subqueries.md).
SELECT col
FROM (
  SELECT a+b AS col
  FROM t1
) t2;
-- ----
SELECT t3.col
FROM (
  SELECT a+b AS col
  FROM t1
  UNION ALL
  SELECT c+d AS col
  FROM t2
) t3;
-- ----
SELECT *
FROM A
WHERE A.a IN (SELECT foo FROM B);
-- ----
SELECT A
FROM T1
WHERE EXISTS (SELECT B FROM T2 WHERE T1.X = T2.Y);
