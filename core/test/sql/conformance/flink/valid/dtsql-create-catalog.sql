-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/createCatalog.sql (mostly adapted from the Flink documentation).
CREATE CATALOG c1 WITH ('key1' = 'value1', 'key2' = 'value2');
