-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/dropDatabase.sql (mostly adapted from the Flink documentation).
DROP DATABASE Orders;
-- ----
DROP DATABASE IF EXISTS Orders RESTRICT;
-- ----
DROP DATABASE IF EXISTS Orders CASCADE;
