-- Source: Flink documentation, "UPDATE Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/update/ (apache/flink docs/content/docs/dev/table/sql/update.md).
INSERT INTO Orders VALUES ('Lili', 'Apple', 1), ('Jessica', 'Banana', 1);
