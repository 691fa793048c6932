-- Source: Flink documentation, "BlackHole", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/connectors/table/blackhole/ (apache/flink docs/content/docs/connectors/table/blackhole.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
CREATE TABLE blackhole_table WITH ('connector' = 'blackhole')
LIKE source_table (EXCLUDING ALL);
