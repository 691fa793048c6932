-- Source: Hive Language Manual, LanguageManual Select, https://hive.apache.org/docs/latest/language/languagemanual-select/ (apache/hive-site content/docs/latest/language/languagemanual-select.md).
-- Documented Hive syntax that dt-sql-parser's HiveSQL grammar rejects; each statement is an example from that page.
SELECT page_views.*
FROM page_views
WHERE page_views.date >= '2008-03-01' AND page_views.date <= '2008-03-31';
-- ----
SELECT page_views.*
FROM page_views JOIN dim_users
  ON (page_views.user_id = dim_users.id AND page_views.date >= '2008-03-01' AND page_views.date <= '2008-03-31');
