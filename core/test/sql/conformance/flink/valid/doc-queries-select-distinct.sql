-- Source: Flink documentation, "SELECT DISTINCT", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/select-distinct/ (apache/flink docs/content/docs/dev/table/sql/queries/select-distinct.md).
SELECT DISTINCT id FROM Orders;
