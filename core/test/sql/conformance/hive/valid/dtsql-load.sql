-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/hive/syntax/fixtures/load.sql (mostly adapted from the engine's documentation).
LOAD DATA INPATH 'hdfs://namenode:9000/user/hive/project/data1' INTO TABLE tbl1;
-- ----
LOAD DATA LOCAL INPATH '/user/hive/project/data1'
OVERWRITE INTO TABLE tablename
PARTITION (ds='2008-04-08', pt2=2)
INPUTFORMAT 'com.apache.hadoop.textInputFormat'
SERDE 'JsonSerDe';
