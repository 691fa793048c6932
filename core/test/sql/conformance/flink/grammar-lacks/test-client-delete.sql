-- Source: Flink SQL client/gateway test script, apache/flink flink-table/flink-sql-client/src/test/resources/sql/delete.q (its statements in order; outputs removed).
-- Flink syntax that dt-sql-parser's FlinkSQL grammar rejects, run by Flink's own tests.
DELETE FROM t WHERE a >= (SELECT COUNT(1) FROM t WHERE c > 2);
-- ----
DELETE FROM t;
