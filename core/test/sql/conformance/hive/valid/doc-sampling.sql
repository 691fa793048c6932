-- Source: Hive Language Manual, LanguageManual Sampling, https://hive.apache.org/docs/latest/language/languagemanual-sampling/ (apache/hive-site content/docs/latest/language/languagemanual-sampling.md).
SELECT *
FROM source TABLESAMPLE(BUCKET 3 OUT OF 32 ON rand()) s;
-- ----
SELECT *
FROM source TABLESAMPLE(0.1 PERCENT) s;
-- ----
set hive.sample.seednumber=<INTEGER>;
-- ----
SELECT *
FROM source TABLESAMPLE(100M) s;
-- ----
SELECT * FROM source TABLESAMPLE(10 ROWS);
