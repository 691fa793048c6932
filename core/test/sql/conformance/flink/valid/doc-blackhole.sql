-- Source: Flink documentation, "BlackHole", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/connectors/table/blackhole/ (apache/flink docs/content/docs/connectors/table/blackhole.md).
CREATE TABLE blackhole_table (
  f0 INT,
  f1 INT,
  f2 STRING,
  f3 DOUBLE
) WITH (
  'connector' = 'blackhole'
);
