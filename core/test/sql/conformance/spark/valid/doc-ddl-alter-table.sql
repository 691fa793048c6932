-- Source: Spark SQL reference, "ALTER TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-alter-table.html (apache/spark docs/sql-ref-syntax-ddl-alter-table.md).
ALTER TABLE table_identifier RENAME COLUMN col_name TO col_name;
-- ----
ALTER TABLE table_identifier RECOVER PARTITIONS;
-- ----
-- RENAME table
DESC student;
-- ----
ALTER TABLE Student RENAME TO StudentInfo;
-- ----
-- After Renaming the table
DESC StudentInfo;
-- ----
SHOW PARTITIONS StudentInfo;
-- ----
ALTER TABLE default.StudentInfo PARTITION (age='10') RENAME TO PARTITION (age='15');
-- ----
ALTER TABLE StudentInfo ADD columns (LastName string, DOB timestamp);
-- ----
ALTER TABLE StudentInfo DROP columns (LastName, DOB);
-- ----
ALTER TABLE StudentInfo RENAME COLUMN name TO FirstName;
-- ----
ALTER TABLE StudentInfo ALTER COLUMN FirstName COMMENT "new comment";
-- ----
ALTER TABLE StudentInfo REPLACE COLUMNS (name string, ID int COMMENT 'new comment');
-- ----
ALTER TABLE StudentInfo ADD IF NOT EXISTS PARTITION (age=18);
-- ----
ALTER TABLE StudentInfo DROP IF EXISTS PARTITION (age=18);
-- ----
ALTER TABLE StudentInfo ADD IF NOT EXISTS PARTITION (age=18) PARTITION (age=20);
-- ----
-- CLUSTER BY
DESC Teacher;
-- ----
-- Change the fileformat
ALTER TABLE loc_orc SET fileformat orc;
-- ----
ALTER TABLE p1 partition (month=2, day=2) SET fileformat parquet;
-- ----
-- Change the file Location
ALTER TABLE dbx.tab1 PARTITION (a='1', b='2') SET LOCATION '/path/to/part/ways';
-- ----
-- SET SERDE/ SERDE Properties
ALTER TABLE test_tab SET SERDE 'org.apache.hadoop.hive.serde2.columnar.LazyBinaryColumnarSerDe';
-- ----
ALTER TABLE dbx.tab1 SET SERDE 'org.apache.hadoop' WITH SERDEPROPERTIES ('k' = 'v', 'kay' = 'vee');
-- ----
-- SET TABLE PROPERTIES
ALTER TABLE dbx.tab1 SET TBLPROPERTIES ('winner' = 'loser');
-- ----
-- SET TABLE COMMENT Using SET PROPERTIES
ALTER TABLE dbx.tab1 SET TBLPROPERTIES ('comment' = 'A table comment.');
-- ----
-- Alter TABLE COMMENT Using SET PROPERTIES
ALTER TABLE dbx.tab1 SET TBLPROPERTIES ('comment' = 'This is a new comment.');
-- ----
-- DROP TABLE PROPERTIES
ALTER TABLE dbx.tab1 UNSET TBLPROPERTIES ('winner');
-- ----
-- RECOVER PARTITIONS
ALTER TABLE dbx.tab1 RECOVER PARTITIONS;
