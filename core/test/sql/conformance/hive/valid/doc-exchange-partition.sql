-- Source: Hive Language Manual, Exchange Partition, https://hive.apache.org/docs/latest/language/exchange-partition/ (apache/hive-site content/docs/latest/language/exchange-partition.md).
--Create two tables, partitioned by ds
CREATE TABLE T1(a string, b string) PARTITIONED BY (ds string);
-- ----
CREATE TABLE T2(a string, b string) PARTITIONED BY (ds string);
-- ----
ALTER TABLE T1 ADD PARTITION (ds='1');
-- ----
--Move partition from T1 to T2
ALTER TABLE T2 EXCHANGE PARTITION (ds='1') WITH TABLE T1;
-- ----
--Create two tables with multiple partition columns.
CREATE TABLE T1 (a string, b string) PARTITIONED BY (ds string, hr string);
-- ----
CREATE TABLE T2 (a string, b string) PARTITIONED BY (ds string, hr string);
-- ----
ALTER TABLE T1 ADD PARTITION (ds = '1', hr = '00');
-- ----
ALTER TABLE T1 ADD PARTITION (ds = '1', hr = '01');
-- ----
ALTER TABLE T1 ADD PARTITION (ds = '1', hr = '03');
-- ----
-- Create two tables with multiple partition columns.
CREATE TABLE T1 (a int) PARTITIONED BY (d1 int, d2 int);
-- ----
CREATE TABLE T2 (a int) PARTITIONED BY (d1 int, d2 int);
-- ----
ALTER TABLE T1 ADD PARTITION (d1=1, d2=2);
-- ----
-- Alter the table, moving partition data d1=1, d2=2 from table T1 to table T2
ALTER TABLE T2 EXCHANGE PARTITION (d1 = 1, d2 = 2) WITH TABLE T1;
