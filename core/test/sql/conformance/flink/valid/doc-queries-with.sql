-- Source: Flink documentation, "WITH clause", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/with/ (apache/flink docs/content/docs/dev/table/sql/queries/with.md).
WITH orders_with_total AS (
    SELECT order_id, price + tax AS total
    FROM Orders
)
SELECT order_id, SUM(total)
FROM orders_with_total
GROUP BY order_id;
