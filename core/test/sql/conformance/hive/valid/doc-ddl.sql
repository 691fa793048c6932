-- Source: Hive Language Manual, LanguageManual DDL, https://hive.apache.org/docs/latest/language/languagemanual-ddl/ (apache/hive-site content/docs/latest/language/languagemanual-ddl.md).
USE database_name;
-- ----
USE DEFAULT;
-- ----
CREATE TABLE page_view(viewTime INT, userid BIGINT,
     page_url STRING, referrer_url STRING,
     ip STRING COMMENT 'IP Address of the User')
 COMMENT 'This is the page view table'
 PARTITIONED BY(dt STRING, country STRING)
 STORED AS SEQUENCEFILE;
-- ----
CREATE TABLE page_view(viewTime INT, userid BIGINT,
     page_url STRING, referrer_url STRING,
     ip STRING COMMENT 'IP Address of the User')
 COMMENT 'This is the page view table'
 PARTITIONED BY(dt STRING, country STRING)
 ROW FORMAT DELIMITED
   FIELDS TERMINATED BY '\001'
STORED AS SEQUENCEFILE;
-- ----
CREATE EXTERNAL TABLE page_view(viewTime INT, userid BIGINT,
     page_url STRING, referrer_url STRING,
     ip STRING COMMENT 'IP Address of the User',
     country STRING COMMENT 'country of origination')
 COMMENT 'This is the staging page view table'
 ROW FORMAT DELIMITED FIELDS TERMINATED BY '\054'
 STORED AS TEXTFILE
 LOCATION '<hdfs_location>';
-- ----
CREATE TABLE new_key_value_store
   ROW FORMAT SERDE "org.apache.hadoop.hive.serde2.columnar.ColumnarSerDe"
   STORED AS RCFile
   AS
SELECT (key % 1024) new_key, concat(key, value) key_value_pair
FROM key_value_store
SORT BY new_key, key_value_pair;
-- ----
CREATE TABLE page_view(viewTime INT, userid BIGINT,
     page_url STRING, referrer_url STRING,
     ip STRING COMMENT 'IP Address of the User')
 COMMENT 'This is the page view table'
 PARTITIONED BY(dt STRING, country STRING)
 CLUSTERED BY(userid) SORTED BY(viewTime) INTO 32 BUCKETS
 ROW FORMAT DELIMITED
   FIELDS TERMINATED BY '\001'
   COLLECTION ITEMS TERMINATED BY '\002'
   MAP KEYS TERMINATED BY '\003'
 STORED AS SEQUENCEFILE;
-- ----
CREATE TEMPORARY TABLE list_bucket_multiple (col1 STRING, col2 int, col3 STRING);
-- ----
CREATE TRANSACTIONAL TABLE transactional_table_test(key string, value string) PARTITIONED BY(ds string) STORED AS ORC;
-- ----
create table pk(id1 integer, id2 integer,
  primary key(id1, id2) disable novalidate);
-- ----
create table fk(id1 integer, id2 integer,
  constraint c1 foreign key(id1, id2) references pk(id2, id1) disable novalidate);
-- ----
create table constraints1(id1 integer UNIQUE disable novalidate, id2 integer NOT NULL,
  usr string DEFAULT current_user(), price double CHECK (price > 0 AND price <= 1000));
-- ----
create table constraints2(id1 integer, id2 integer,
  constraint c1_unique UNIQUE(id1) disable novalidate);
-- ----
create table constraints3(id1 integer, id2 integer,
  constraint c1_check CHECK(id1 + id2 > 0));
-- ----
ALTER TABLE table_name RENAME TO new_table_name;
-- ----
ALTER TABLE table_name SET SERDEPROPERTIES ('field.delim' = ',');
-- ----
ALTER TABLE table_name UNSET SERDEPROPERTIES ('field.delim');
-- ----
ALTER TABLE table_name NOT SKEWED;
-- ----
ALTER TABLE table_name NOT STORED AS DIRECTORIES;
-- ----
ALTER TABLE table_name DROP CONSTRAINT constraint_name;
-- ----
ALTER TABLE page_view ADD PARTITION (dt='2008-08-08', country='us') location '/path/to/us/part080808'
                          PARTITION (dt='2008-08-09', country='us') location '/path/to/us/part080809';
-- ----
ALTER TABLE table_name ADD PARTITION (partCol = 'value1') location 'loc1';
-- ----
ALTER TABLE table_name ADD PARTITION (partCol = 'value2') location 'loc2';
-- ----
ALTER TABLE table_name ADD PARTITION (partCol = 'valueN') location 'locN';
-- ----
-- Move partition from table_name_1 to table_name_2
ALTER TABLE table_name_2 EXCHANGE PARTITION (partition_spec) WITH TABLE table_name_1;
-- ----
ALTER TABLE table_name RECOVER PARTITIONS;
-- ----
ALTER TABLE page_view DROP PARTITION (dt='2008-08-08', country='us');
-- ----
CREATE TABLE test_change (a int, b int, c int);
-- ----
ALTER TABLE test_change CHANGE c c1 INT FIRST;
-- ----
ALTER TABLE test_change CHANGE a1 a1 INT COMMENT 'this is column a1';
-- ----
ALTER TABLE foo PARTITION (ds='2008-04-08', hr=11) CHANGE COLUMN dec_column_name dec_column_name DECIMAL(38,18);
-- ----
ALTER TABLE foo PARTITION (ds='2008-04-08', hr=12) CHANGE COLUMN dec_column_name dec_column_name DECIMAL(38,18);
-- ----
SET hive.exec.dynamic.partition = true;
-- ----
ALTER TABLE foo PARTITION (ds='2008-04-08', hr) CHANGE COLUMN dec_column_name dec_column_name DECIMAL(38,18);
-- ----
ALTER TABLE foo PARTITION (ds, hr) CHANGE COLUMN dec_column_name dec_column_name DECIMAL(38,18);
-- ----
CREATE VIEW onion_referrers(url COMMENT 'URL of Referring page')
  COMMENT 'Referrers to The Onion website'
  AS
  SELECT DISTINCT referrer_url
  FROM page_view
  WHERE page_url='http://www.theonion.com';
-- ----
DROP VIEW onion_referrers;
-- ----
CREATE TEMPORARY MACRO fixed_number() 42;
-- ----
CREATE TEMPORARY MACRO string_len_plus_two(x string) length(x) + 2;
-- ----
CREATE TEMPORARY MACRO simple_add (x int, y int) x + y;
-- ----
SHOW CONNECTORS;
-- ----
SHOW VIEWS;
-- ----
                                -- show all views in the current database
SHOW VIEWS 'test_*';
-- ----
                       -- show all views that start with "test_"
SHOW VIEWS '*view2';
-- ----
                       -- show all views that end in "view2"
SHOW VIEWS LIKE 'test_view1|test_view2';
-- ----
   -- show views named either "test_view1" or "test_view2"
SHOW VIEWS FROM test1;
-- ----
                     -- show views from database test1
SHOW VIEWS IN test1;
-- ----
                       -- show views from database test1 (FROM and IN are same)
SHOW VIEWS IN test1 "test_*";
-- ----
SHOW PARTITIONS table_name;
-- ----
SHOW PARTITIONS table_name PARTITION(ds='2010-03-03');
-- ----
            -- (Note: Hive 0.6 and later)
SHOW PARTITIONS table_name PARTITION(hr='12');
-- ----
                    -- (Note: Hive 0.6 and later)
SHOW PARTITIONS table_name PARTITION(ds='2010-03-03', hr='12');
-- ----
SHOW PARTITIONS databaseFoo.tableBar PARTITION(ds='2010-03-03', hr='12');
-- ----
SHOW PARTITIONS databaseFoo.tableBar LIMIT 10;
-- ----
                                                               -- (Note: Hive 4.0.0 and later)
SHOW PARTITIONS databaseFoo.tableBar PARTITION(ds='2010-03-03') LIMIT 10;
-- ----
                                    -- (Note: Hive 4.0.0 and later)
SHOW PARTITIONS databaseFoo.tableBar PARTITION(ds='2010-03-03') ORDER BY hr DESC LIMIT 10;
-- ----
                   -- (Note: Hive 4.0.0 and later)
SHOW PARTITIONS databaseFoo.tableBar PARTITION(ds='2010-03-03') WHERE hr >= 10 ORDER BY hr DESC LIMIT 10;
-- ----
    -- (Note: Hive 4.0.0 and later)
SHOW PARTITIONS databaseFoo.tableBar WHERE hr >= 10 AND ds='2010-03-03' ORDER BY hr DESC LIMIT 10;
-- ----
show table extended like part_table;
-- ----
SHOW TBLPROPERTIES tblname;
-- ----
SHOW TBLPROPERTIES tblname("foo");
-- ----
-- SHOW COLUMNS
CREATE DATABASE test_db;
-- ----
USE test_db;
-- ----
CREATE TABLE foo(col1 INT, col2 INT, col3 INT, cola INT, colb INT, colc INT, a INT, b INT, c INT);
-- ----
-- SHOW COLUMNS basic syntax
SHOW COLUMNS FROM foo;
-- ----
                            -- show all column in foo
SHOW COLUMNS FROM foo "*";
-- ----
                        -- show all column in foo
SHOW COLUMNS IN foo "col*";
-- ----
                       -- show columns in foo starting with "col"                 OUTPUT col1,col2,col3,cola,colb,colc
SHOW COLUMNS FROM foo '*c';
-- ----
                       -- show columns in foo ending with "c"                     OUTPUT c,colc
SHOW COLUMNS FROM foo LIKE "col1|cola";
-- ----
           -- show columns in foo either col1 or cola                 OUTPUT col1,cola
SHOW COLUMNS FROM foo FROM test_db LIKE 'col*';
-- ----
   -- show columns in foo starting with "col"                 OUTPUT col1,col2,col3,cola,colb,colc
SHOW COLUMNS IN foo IN test_db LIKE 'col*';
-- ----
-- Non existing column pattern resulting in no match
SHOW COLUMNS IN foo "nomatch*";
-- ----
SHOW COLUMNS IN foo "col+";
-- ----
                       -- + wildcard not supported
SHOW COLUMNS IN foo "nomatch";
-- ----
SHOW TRANSACTIONS;
-- ----
show partitions part_table;
-- ----
DESCRIBE extended part_table partition (d='abc');
-- ----
DESCRIBE formatted part_table partition (d='abc');
-- ----
DESCRIBE FORMATTED default.src_table PARTITION (part_col = 100) columnA;
-- ----
DESCRIBE default.src_thrift lintString.$elem$.myint;
-- ----
ABORT TRANSACTIONS 0000007 0000008 0000010 0000015;
