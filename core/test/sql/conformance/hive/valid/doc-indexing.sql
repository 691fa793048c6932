-- Source: Hive Language Manual, LanguageManual Indexing, https://hive.apache.org/docs/latest/language/languagemanual-indexing/ (apache/hive-site content/docs/latest/language/languagemanual-indexing.md).
CREATE INDEX table01_index ON TABLE table01 (column2) AS 'COMPACT';
-- ----
SHOW INDEX ON table01;
-- ----
DROP INDEX table01_index ON table01;
-- ----
CREATE INDEX table02_index ON TABLE table02 (column3) AS 'COMPACT' WITH DEFERRED REBUILD;
-- ----
ALTER INDEX table02_index ON table2 REBUILD;
-- ----
SHOW FORMATTED INDEX ON table02;
-- ----
DROP INDEX table02_index ON table02;
-- ----
CREATE INDEX table03_index ON TABLE table03 (column4) AS 'BITMAP' WITH DEFERRED REBUILD;
-- ----
ALTER INDEX table03_index ON table03 REBUILD;
-- ----
SHOW FORMATTED INDEX ON table03;
-- ----
DROP INDEX table03_index ON table03;
-- ----
CREATE INDEX table04_index ON TABLE table04 (column5) AS 'COMPACT' WITH DEFERRED REBUILD IN TABLE table04_index_table;
-- ----
CREATE INDEX table05_index ON TABLE table05 (column6) AS 'COMPACT' STORED AS RCFILE;
-- ----
CREATE INDEX table06_index ON TABLE table06 (column7) AS 'COMPACT' ROW FORMAT DELIMITED FIELDS TERMINATED BY '\t' STORED AS TEXTFILE;
-- ----
CREATE INDEX table07_index ON TABLE table07 (column8) AS 'COMPACT' IDXPROPERTIES ("prop1"="value1", "prop2"="value2");
-- ----
CREATE INDEX table08_index ON TABLE table08 (column9) AS 'COMPACT' TBLPROPERTIES ("prop3"="value3", "prop4"="value4");
-- ----
DROP INDEX IF EXISTS table09_index ON table09;
-- ----
ALTER INDEX table10_index ON table10 PARTITION (columnX='valueQ', columnY='valueR') REBUILD;
