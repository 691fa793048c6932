-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/dropTable.sql (mostly adapted from the Flink documentation).
DROP TABLE IF EXISTS Orders;
-- ----
DROP TEMPORARY TABLE IF EXISTS Orders;
