-- Source: Hive Language Manual, LanguageManual UDF, https://hive.apache.org/docs/latest/language/languagemanual-udf/ (apache/hive-site content/docs/latest/language/languagemanual-udf.md).
-- Documented Hive syntax that dt-sql-parser's HiveSQL grammar rejects; each statement is an example from that page.
select a.timestamp, get_json_object(a.appevents, '$.eventid'), get_json_object(a.appenvets, '$.eventname') from log a;
-- ----
select a.timestamp, b.*
from log a lateral view json_tuple(a.appevent, 'eventid', 'eventname') b as f1, f2;
