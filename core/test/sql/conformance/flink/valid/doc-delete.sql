-- Source: Flink documentation, "DELETE Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/delete/ (apache/flink docs/content/docs/dev/table/sql/delete.md).
SET 'execution.runtime-mode' = 'batch';
-- ----
INSERT INTO Orders VALUES ('Lili', 'Apple', 1), ('Jessica', 'Banana', 1), ('Mr.White', 'Chicken', 3);
-- ----
SELECT * FROM Orders;
