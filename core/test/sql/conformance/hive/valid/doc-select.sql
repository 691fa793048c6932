-- Source: Hive Language Manual, LanguageManual Select, https://hive.apache.org/docs/latest/language/languagemanual-select/ (apache/hive-site content/docs/latest/language/languagemanual-select.md).
SELECT * FROM t1;
-- ----
SELECT current_database();
-- ----
SELECT query_specifications;
-- ----
SELECT * FROM sales WHERE amount > 10 AND region = "US";
-- ----
SELECT col1 FROM t1 GROUP BY col1 HAVING SUM(col2) > 10;
-- ----
SELECT col1 FROM (SELECT col1, SUM(col2) AS col2sum FROM t1 GROUP BY col1) t2 WHERE t2.col2sum > 10;
-- ----
SELECT * FROM customers LIMIT 5;
-- ----
SELECT * FROM customers ORDER BY create_date LIMIT 5;
-- ----
SELECT * FROM customers ORDER BY create_date LIMIT 2,5;
-- ----
SELECT `(ds|hr)?+.+` FROM sales;
