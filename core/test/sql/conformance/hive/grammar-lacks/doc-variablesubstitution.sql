-- Source: Hive Language Manual, LanguageManual VariableSubstitution, https://hive.apache.org/docs/latest/language/languagemanual-variablesubstitution/ (apache/hive-site content/docs/latest/language/languagemanual-variablesubstitution.md).
-- Documented Hive syntax that dt-sql-parser's HiveSQL grammar rejects; each statement is an example from that page.
--  sets zzz=5
set zzz;
-- ----
set system:xxx;
-- ----
set system:yyy;
-- ----
set go;
-- ----
set raw;
-- ----
set c;
-- ----
list file;
