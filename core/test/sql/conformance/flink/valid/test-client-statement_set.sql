-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/statement_set.q (its statements in order; outputs removed).
create table src (
  id int,
  str string
) with (
  'connector' = 'values'
);
