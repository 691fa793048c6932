-- Source: Hive Language Manual, LanguageManual Union, https://hive.apache.org/docs/latest/language/languagemanual-union/ (apache/hive-site content/docs/latest/language/languagemanual-union.md).
SELECT key FROM (SELECT key FROM src ORDER BY key LIMIT 10)subq1
UNION
SELECT key FROM (SELECT key FROM src1 ORDER BY key LIMIT 10)subq2;
-- ----
SELECT key FROM src
UNION
SELECT key FROM src1
ORDER BY key LIMIT 10;
-- ----
INSERT OVERWRITE TABLE target_table
  SELECT name, id, category FROM source_table_1
  UNION ALL
  SELECT name, id, "Category159" FROM source_table_2;
-- ----
INSERT OVERWRITE TABLE target_table
  SELECT name, id, category FROM source_table_1
  UNION ALL
  SELECT name, id, "Category159" as category FROM source_table_2;
-- ----
SELECT name, id, cast('2001-01-01' as date) d FROM source_table_1
UNION ALL
SELECT name, id, hiredate as d FROM source_table_2;
