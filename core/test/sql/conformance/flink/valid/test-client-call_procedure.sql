-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/call_procedure.q (its statements in order; outputs removed).
create catalog test_procedure_catalog with ('type'='test_procedure_catalog');
-- ----
use catalog test_procedure_catalog;
