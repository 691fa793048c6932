-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/call_procedure.q (its statements in order; outputs removed).
-- Flink syntax that dt-sql-parser's FlinkSQL grammar rejects, run by Flink's own tests.
call `test_procedure_catalog`.`system`.generate_n(2);
-- ----
call `test_procedure_catalog`.`system`.generate_n(1);
-- ----
create database `system`;
-- ----
show procedures in `system` ilike 'gEnerate%';
-- ----
call `system`.generate_user('yuxia', 18);
