-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/select.q (its statements in order; outputs removed).
SELECT ';
-- ----
SELECT /*;
-- ----
SELECT --;
