-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/set.q (its statements in order; outputs removed).
CREATE TABLE foo with(
  'connector' = 'filesystem',
  'path' = '$VAR_STREAMING_PATH',
  'format' = 'csv'
) as select id FROM (VALUES (1)) T(id);
-- ----
RESET 'table.dml-sync';
-- ----
SELECT * from foo;
-- ----
reset 'table.resources.download-dir';
-- ----
set 'sql-client.verbose' = 'true';
-- ----
set 'execution.attached' = 'false';
-- ----
reset 'execution.attached';
-- ----
SET 'sql-client.display.print-time-cost' = 'false';
-- ----
SELECT id, func1(str) FROM (VALUES (1, 'Hello World')) AS T(id, str) ;
