-- Source: Flink documentation, "Set Operations", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/set-ops/ (apache/flink docs/content/docs/dev/table/sql/queries/set-ops.md).
-- Statements from that page that are not valid Flink SQL (the page shows them failing or as fragments).
SELECT user, amount
FROM Orders
WHERE product EXISTS (
    SELECT product FROM NewProducts
);
