-- Source: Flink documentation, "CSV", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/connectors/table/formats/csv/ (apache/flink docs/content/docs/connectors/table/formats/csv.md).
CREATE TABLE user_behavior (
  user_id BIGINT,
  item_id BIGINT,
  category_id BIGINT,
  behavior STRING,
  ts TIMESTAMP(3)
) WITH (
 'connector' = 'kafka',
 'topic' = 'user_behavior',
 'properties.bootstrap.servers' = 'localhost:9092',
 'properties.group.id' = 'testGroup',
 'format' = 'csv',
 'csv.ignore-parse-errors' = 'true',
 'csv.allow-comments' = 'true'
);
