-- Source: Hive Language Manual, LanguageManual DDL, https://hive.apache.org/docs/latest/language/languagemanual-ddl/ (apache/hive-site content/docs/latest/language/languagemanual-ddl.md).
-- Documented Hive syntax that dt-sql-parser's HiveSQL grammar rejects; each statement is an example from that page.
create table table_name (
  id                int,
  dtDontQuery       string,
  name              string
)
partitioned by (date string);
