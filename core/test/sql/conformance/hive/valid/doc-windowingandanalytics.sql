-- Source: Hive Language Manual, LanguageManual WindowingAndAnalytics, https://hive.apache.org/docs/latest/language/languagemanual-windowingandanalytics/ (apache/hive-site content/docs/latest/language/languagemanual-windowingandanalytics.md).
SELECT rank() OVER (ORDER BY sum(b))
FROM T
GROUP BY a;
-- ----
SELECT a, COUNT(b) OVER (PARTITION BY c)
FROM T;
-- ----
SELECT a, COUNT(b) OVER (PARTITION BY c, d)
FROM T;
-- ----
SELECT a, SUM(b) OVER (PARTITION BY c ORDER BY d)
FROM T;
-- ----
SELECT a, SUM(b) OVER (PARTITION BY c, d ORDER BY e, f)
FROM T;
-- ----
SELECT a, SUM(b) OVER (PARTITION BY c ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
FROM T;
-- ----
SELECT a, AVG(b) OVER (PARTITION BY c ORDER BY d ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)
FROM T;
-- ----
SELECT a, AVG(b) OVER (PARTITION BY c ORDER BY d ROWS BETWEEN 3 PRECEDING AND 3 FOLLOWING)
FROM T;
-- ----
SELECT a, AVG(b) OVER (PARTITION BY c ORDER BY d ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)
FROM T;
-- ----
SELECT
 a,
 COUNT(b) OVER (PARTITION BY c),
 SUM(b) OVER (PARTITION BY c)
FROM T;
-- ----
SELECT
 a,
 COUNT(b) OVER (PARTITION BY c) AS b_count,
 SUM(b) OVER (PARTITION BY c) b_sum
FROM T;
-- ----
SELECT a, SUM(b) OVER w
FROM T
WINDOW w AS (PARTITION BY c ORDER BY d ROWS UNBOUNDED PRECEDING);
-- ----
SELECT a, LEAD(a) OVER (PARTITION BY b ORDER BY C)
FROM T;
-- ----
SELECT a, LAG(a, 3, 0) OVER (PARTITION BY b ORDER BY C)
FROM T;
-- ----
SELECT a, COUNT(distinct a) OVER (PARTITION BY b)
FROM T;
