-- Source: dt-sql-parser's own grammar test statements, DTStack/dt-sql-parser test/parser/flink/syntax/fixtures/alterView.sql (mostly adapted from the Flink documentation).
ALTER VIEW v1 RENAME TO v2;
-- ----
ALTER VIEW v1 AS
SELECT
    c1,
    c2
FROM
    tbl;
