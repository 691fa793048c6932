-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/set.q (its statements in order; outputs removed).
set 'table.sql-dialect' = 'unknown';
