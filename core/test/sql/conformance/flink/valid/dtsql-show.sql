-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/show.sql (mostly adapted from the Flink documentation).
SHOW TABLES FROM catalog1.db1 NOT LIKE '%';
-- ----
SHOW COLUMNS FROM my_table LIKE '%f%';
