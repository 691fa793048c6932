-- Source: Hive Language Manual, LanguageManual VirtualColumns, https://hive.apache.org/docs/latest/language/languagemanual-virtualcolumns/ (apache/hive-site content/docs/latest/language/languagemanual-virtualcolumns.md); the first three verbatim, the rest written to the same pattern for the unquoted names, ROW__ID (Hive Transactions) and GROUPING__ID (Enhanced Aggregation, Cube, Grouping and Rollup).
select `INPUT__FILE__NAME`, key, `BLOCK__OFFSET__INSIDE__FILE` from src;
-- ----
select key, count(`INPUT__FILE__NAME`) from src group by key order by key;
-- ----
select * from src where `BLOCK__OFFSET__INSIDE__FILE` > 12000 order by key;
-- ----
select INPUT__FILE__NAME, key, BLOCK__OFFSET__INSIDE__FILE from src;
-- ----
select key, count(INPUT__FILE__NAME) from src group by key order by key;
-- ----
select * from src where BLOCK__OFFSET__INSIDE__FILE > 12000 order by key;
-- ----
select ROW__ID, key, value from acid_table where ROW__ID.writeid > 1;
-- ----
select ROW__ID.bucketid, count(*) from acid_table group by ROW__ID.bucketid;
-- ----
select key, value, GROUPING__ID from src group by key, value with cube;
