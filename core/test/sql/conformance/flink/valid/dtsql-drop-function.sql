-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/dropFunction.sql (mostly adapted from the Flink documentation).
DROP FUNCTION Orders;
-- ----
DROP TEMPORARY FUNCTION IF EXISTS Orders;
-- ----
DROP TEMPORARY SYSTEM FUNCTION IF EXISTS Orders;
