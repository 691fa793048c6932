-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/delete.q (its statements in order; outputs removed).
CREATE TABLE t (a int PRIMARY KEY NOT ENFORCED, b string, c double)
WITH (
  'connector' = 'test-update-delete',
  'data-id' = '$VAR_DELETE_TABLE_DATA_ID',
  'mix-delete' = 'true'
);
-- ----
SELECT * FROM t;
