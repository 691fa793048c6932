-- Source: Flink documentation, "Set Operations", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/set-ops/ (apache/flink docs/content/docs/dev/table/sql/queries/set-ops.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
SELECT user, amount
FROM Orders
WHERE product IN (
    SELECT product FROM NewProducts
);
