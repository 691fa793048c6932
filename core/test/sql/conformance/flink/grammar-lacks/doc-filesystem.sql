-- Source: Flink documentation, "FileSystem", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/connectors/table/filesystem/ (apache/flink docs/content/docs/connectors/table/filesystem.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
CREATE TABLE MyUserTableWithFilepath (
  column_name1 INT,
  column_name2 STRING,
  `file.path` STRING NOT NULL METADATA
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///path/to/whatever',
  'format' = 'json'
);
