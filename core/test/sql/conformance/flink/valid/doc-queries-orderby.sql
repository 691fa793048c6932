-- Source: Flink documentation, "ORDER BY clause", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/orderby/ (apache/flink docs/content/docs/dev/table/sql/queries/orderby.md).
SELECT *
FROM Orders
ORDER BY order_time, order_id;
