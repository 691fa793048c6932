-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/catalog_database.q (its statements in order; outputs removed).
-- Flink syntax that dt-sql-parser's FlinkSQL grammar rejects, run by Flink's own tests.
create database my.db;
-- ----
create database db1;
-- ----
create database db2;
-- ----
show databases like 'db%';
-- ----
show databases ilike 'db%';
-- ----
show databases like 'db1%';
-- ----
show databases ilike 'db1%';
-- ----
show databases like 'db2%';
-- ----
show databases ilike 'db2%';
-- ----
create database c0.db0a;
-- ----
create database c0.db0b;
-- ----
show databases from c0;
-- ----
show databases from c0 like 'db0a%';
-- ----
show databases from c0 ilike 'db0a%';
-- ----
show databases from c0 not like 'db0a%';
-- ----
show databases from c0 not ilike 'db0a%';
-- ----
show databases from c0 like 'db%';
-- ----
show databases from c0 ilike 'db%';
-- ----
create database catalog1.db1;
-- ----
describe catalog extended cat2;
-- ----
desc catalog cat2;
