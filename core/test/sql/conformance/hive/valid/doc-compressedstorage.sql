-- Source: Hive documentation, CompressedStorage, https://hive.apache.org/docs/latest/user/compressedstorage/ (apache/hive-site content/docs/latest/user/compressedstorage.md).
CREATE TABLE raw (line STRING)
   ROW FORMAT DELIMITED FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n';
-- ----
LOAD DATA LOCAL INPATH '/tmp/weblogs/20090603-access.log.gz' INTO TABLE raw;
-- ----
CREATE TABLE raw_sequence (line STRING)
   STORED AS SEQUENCEFILE;
-- ----
SET hive.exec.compress.output=true;
-- ----
SET io.seqfile.compression.type=BLOCK;
-- ----
 -- NONE/RECORD/BLOCK (see below)
INSERT OVERWRITE TABLE raw_sequence SELECT * FROM raw;
