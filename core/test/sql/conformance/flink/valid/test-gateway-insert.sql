-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/insert.q (its statements in order; outputs removed).
RESET '$internal.pipeline.job-id';
-- ----
create table StreamingTableForPlan (
  id int,
  str string
) with (
  'connector' = 'filesystem',
  'path' = '$VAR_STREAMING_PATH3',
  'format' = 'csv'
);
-- ----
SELECT * FROM StreamingTableForPlan;
-- ----
CREATE TABLE CtasTable
WITH (
  'connector' = 'filesystem',
  'path' = '$VAR_BATCH_CTAS_PATH',
  'format' = 'csv'
)
AS SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE')) T(id, str);
-- ----
SELECT * FROM CtasTable;
