-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/hive/syntax/fixtures/reload.sql (mostly adapted from the engine's documentation).
RELOAD FUNCTION;
-- ----
RELOAD FUNCTIONS;
