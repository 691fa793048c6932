-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/describe.sql (mostly adapted from the Flink documentation).
DESCRIBE catalog1.db1.table1;
-- ----
DESC catalog1.db1.table1;
