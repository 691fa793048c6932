-- Source: Hive Language Manual, LanguageManual Commands, https://hive.apache.org/docs/latest/language/languagemanual-commands/ (apache/hive-site content/docs/latest/language/languagemanual-commands.md).
-- Documented Hive syntax that dt-sql-parser's HiveSQL grammar rejects; each statement is an example from that page.
set;
-- ----
show processlist;
