-- Source: Hive Language Manual, LanguageManual DDL BucketedTables, https://hive.apache.org/docs/latest/language/languagemanual-ddl-bucketedtables/ (apache/hive-site content/docs/latest/language/languagemanual-ddl-bucketedtables.md).
CREATE TABLE user_info_bucketed(user_id BIGINT, firstname STRING, lastname STRING)
COMMENT 'A bucketed copy of user_info'
PARTITIONED BY(ds STRING)
CLUSTERED BY(user_id) INTO 256 BUCKETS;
-- ----
set hive.enforce.bucketing = true;
-- ----
  -- (Note: Not needed in Hive 2.x onward)
FROM user_id
INSERT OVERWRITE TABLE user_info_bucketed
PARTITION (ds='2009-02-25')
SELECT userid, firstname, lastname WHERE ds='2009-02-25';
