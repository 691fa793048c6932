-- Source: Flink documentation, "DROP Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/drop/ (apache/flink docs/content/docs/dev/table/sql/drop.md).
DROP TABLE Orders;
