-- Source: Hive Language Manual, LanguageManual SortBy, https://hive.apache.org/docs/latest/language/languagemanual-sortby/ (apache/hive-site content/docs/latest/language/languagemanual-sortby.md).
SELECT key, value FROM src SORT BY key ASC, value DESC;
-- ----
SELECT col1, col2 FROM t1 CLUSTER BY col1;
-- ----
set hive.orderby.position.alias=true;
-- ----
set hive.cbo.enable=true;
-- ----
SELECT age, name, birthdate FROM author DISTRIBUTE BY 3, 1;
