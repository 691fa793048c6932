-- Source: Flink documentation, "Print", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/connectors/table/print/ (apache/flink docs/content/docs/connectors/table/print.md).
CREATE TABLE print_table (
  f0 INT,
  f1 INT,
  f2 STRING,
  f3 DOUBLE
) WITH (
  'connector' = 'print'
);
