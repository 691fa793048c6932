-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/dropView.sql (mostly adapted from the Flink documentation).
DROP VIEW Orders;
-- ----
DROP TEMPORARY VIEW IF EXISTS Orders;
