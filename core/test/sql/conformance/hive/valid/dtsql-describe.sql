-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/hive/syntax/fixtures/describe.sql (mostly adapted from the engine's documentation).
DESCRIBE DATABASE EXTENDED db_name;
-- ----
DESCRIBE SCHEMA db_name;
-- ----
DESCRIBE CONNECTOR EXTENDED connector_name;
-- ----
DESCRIBE CONNECTOR connector_name;
