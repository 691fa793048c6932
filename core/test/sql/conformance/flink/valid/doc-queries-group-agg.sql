-- Source: Flink documentation, "Group Aggregation", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/group-agg/ (apache/flink docs/content/docs/dev/table/sql/queries/group-agg.md).
SELECT COUNT(*) FROM Orders;
-- ----
SELECT COUNT(*)
FROM Orders
GROUP BY order_id;
-- ----
SELECT COUNT(DISTINCT order_id) FROM Orders;
-- ----
SELECT supplier_id, rating, COUNT(*) AS total
FROM (VALUES
    ('supplier1', 'product1', 4),
    ('supplier1', 'product2', 3),
    ('supplier2', 'product3', 3),
    ('supplier2', 'product4', 4))
AS Products(supplier_id, product_id, rating)
GROUP BY GROUPING SETS ((supplier_id, rating), (supplier_id), ());
-- ----
SELECT supplier_id, rating, COUNT(*)
FROM (VALUES
    ('supplier1', 'product1', 4),
    ('supplier1', 'product2', 3),
    ('supplier2', 'product3', 3),
    ('supplier2', 'product4', 4))
AS Products(supplier_id, product_id, rating)
GROUP BY ROLLUP (supplier_id, rating);
-- ----
SELECT SUM(amount)
FROM Orders
GROUP BY users
HAVING SUM(amount) > 50;
