-- Source: Hive Language Manual, LanguageManual Archiving, https://hive.apache.org/docs/latest/language/languagemanual-archiving/ (apache/hive-site content/docs/latest/language/languagemanual-archiving.md).
set hive.archive.enabled=true;
-- ----
set hive.archive.har.parentdir.settable=true;
-- ----
set har.partfile.size=1099511627776;
-- ----
ALTER TABLE srcpart ARCHIVE PARTITION(ds='2008-04-08', hr='12');
-- ----
ALTER TABLE srcpart UNARCHIVE PARTITION(ds='2008-04-08', hr='12');
