-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/insert.q (its statements in order; outputs removed).
create table StreamingTable (
  id int,
  str string
) with (
  'connector' = 'filesystem',
  'path' = '$VAR_STREAMING_PATH',
  'format' = 'csv'
);
-- ----
SELECT * FROM StreamingTable;
-- ----
create table BatchTable (
  id int,
  str string
) with (
  'connector' = 'filesystem',
  'path' = '$VAR_BATCH_PATH',
  'format' = 'csv'
);
-- ----
SELECT * FROM BatchTable;
