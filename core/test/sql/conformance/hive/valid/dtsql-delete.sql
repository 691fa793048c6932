-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/hive/syntax/fixtures/delete.sql (mostly adapted from the engine's documentation).
DELETE FROM tbl;
-- ----
DELETE FROM tbl1 WHERE id = 1;
