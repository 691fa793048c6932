-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/alterDatabase.sql (mostly adapted from the Flink documentation).
ALTER DATABASE tempDB SET ("key1"="value1");
-- ----
ALTER DATABASE db1 SET ('key1' = 'value1','key2.a' = 'value2.a');
