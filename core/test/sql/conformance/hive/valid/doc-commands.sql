-- Source: Hive Language Manual, LanguageManual Commands, https://hive.apache.org/docs/latest/language/languagemanual-commands/ (apache/hive-site content/docs/latest/language/languagemanual-commands.md).
set mapred.reduce.tasks=32;
-- ----
select a.* from tab1;
