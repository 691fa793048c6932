-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/catalog_database.q (its statements in order; outputs removed).
use non_existing_db;
-- ----
use catalog non_existing_catalog;
-- ----
create catalog c1 with ('type'='generic_in_memory');
-- ----
show current catalog;
-- ----
use catalog c1;
-- ----
drop catalog default_catalog;
-- ----
drop catalog c1;
-- ----
drop database db2;
-- ----
show current database;
-- ----
create database db2 comment 'db2_comment' with ('k1' = 'v1');
-- ----
alter database db2 set ('k1' = 'a', 'k2' = 'b');
-- ----
create catalog `c0` with ('type'='generic_in_memory');
-- ----
drop catalog `c0`;
-- ----
drop database if exists db2;
-- ----
create catalog `mod` with ('type'='generic_in_memory');
-- ----
use catalog `mod`;
-- ----
use `default`;
-- ----
drop database `default`;
-- ----
drop catalog `mod`;
-- ----
use catalog `c1`;
-- ----
create catalog c2 with ('type'='generic_in_memory');
-- ----
use catalog `c2`;
-- ----
create table MyTable1 (a int, b string) with ('connector' = 'values');
-- ----
create table MyTable2 (a int, b string) with ('connector' = 'values');
-- ----
create view MyView1 as select 1 + 1;
-- ----
create view MyView2 as select 1 + 1;
-- ----
create table c1.db1.MyTable3 (a int, b string) with ('connector' = 'values');
-- ----
create table c1.db1.MyTable4 (a int, b string) with ('connector' = 'values');
-- ----
create view c1.db1.MyView3 as select 1 + 1;
-- ----
create view c1.db1.MyView4 as select 1 + 1;
-- ----
create table `default`.MyTable5 (a int, b string) with ('connector' = 'values');
-- ----
create table `default`.MyTable6 (a int, b string) with ('connector' = 'values');
-- ----
create view `default`.MyView5 as select 1 + 1;
-- ----
create view `default`.MyView6 as select 1 + 1;
-- ----
drop table db1.MyTable3;
-- ----
drop view db1.MyView3;
-- ----
drop table c1.`default`.MyTable6;
-- ----
drop view c1.`default`.MyView6;
-- ----
SET 'sql-client.execution.result-mode' = 'changelog';
-- ----
create table MyTable7 (a int, b string) with ('connector' = 'values');
-- ----
drop table MyTable5;
-- ----
create catalog catalog1 with ('type'='generic_in_memory');
-- ----
create table catalog1.db1.person (a int, b string) with ('connector' = 'datagen');
-- ----
create table catalog1.db1.dim (a int, b string) with ('connector' = 'datagen');
-- ----
create table catalog1.db1.address (a int, b string) with ('connector' = 'datagen');
-- ----
create view catalog1.db1.v_person as select * from catalog1.db1.person;
-- ----
show tables from catalog1.db1;
-- ----
show tables from catalog1.db1 like '%person%';
-- ----
show tables in catalog1.db1 not like '%person%';
-- ----
use catalog catalog1;
-- ----
show tables from db1 like 'p_r%';
