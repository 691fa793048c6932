-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/hive/syntax/fixtures/update.sql (mostly adapted from the engine's documentation).
UPDATE table_name
SET col1 = new_value;
-- ----
UPDATE table_name
SET col1 = new_value,
col2 = new_value2
WHERE id=1;
