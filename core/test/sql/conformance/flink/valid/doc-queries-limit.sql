-- Source: Flink documentation, "LIMIT clause", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/limit/ (apache/flink docs/content/docs/dev/table/sql/queries/limit.md).
SELECT *
FROM Orders
ORDER BY orderTime
LIMIT 3;
