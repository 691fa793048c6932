-- Source: Hive Language Manual, LanguageManual Union, https://hive.apache.org/docs/latest/language/languagemanual-union/ (apache/hive-site content/docs/latest/language/languagemanual-union.md).
-- Documented Hive syntax that dt-sql-parser's HiveSQL grammar rejects; each statement is an example from that page.
SELECT u.id, actions.date
FROM (
    SELECT av.uid AS uid
    FROM action_video av
    WHERE av.date = '2008-06-03'
    UNION ALL
    SELECT ac.uid AS uid
    FROM action_comment ac
    WHERE ac.date = '2008-06-03'
 ) actions JOIN users u ON (u.id = actions.uid);
