-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/dropCatalog.sql (mostly adapted from the Flink documentation).
DROP CATALOG catalog1;
-- ----
DROP CATALOG IF EXISTS catalog2;
