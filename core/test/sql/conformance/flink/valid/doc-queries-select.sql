-- Source: Flink documentation, "SELECT & WHERE", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/select/ (apache/flink docs/content/docs/dev/table/sql/queries/select.md).
SELECT * FROM Orders;
-- ----
SELECT order_id, price + tax FROM Orders;
-- ----
SELECT order_id, price FROM (VALUES (1, 2.0), (2, 3.1))  AS t (order_id, price);
-- ----
SELECT price + tax FROM Orders WHERE id = 10;
-- ----
SELECT PRETTY_PRINT(order_id) FROM Orders;
