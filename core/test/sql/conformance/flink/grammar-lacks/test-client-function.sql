-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/function.q (its statements in order; outputs removed).
-- Flink syntax that dt-sql-parser's FlinkSQL grammar rejects, run by Flink's own tests.
show user functions like 'func%';
-- ----
show user functions ilike 'func%';
-- ----
show user functions like 'func1%';
-- ----
show user functions ilike 'func2%';
-- ----
create database db;
-- ----
show user functions from c1.db;
-- ----
show user functions from c1.db like 'func3%';
-- ----
show user functions in c1.db ilike 'FUNC3%';
