-- Source: Flink documentation, "Print", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/connectors/table/print/ (apache/flink docs/content/docs/connectors/table/print.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
CREATE TABLE print_table WITH ('connector' = 'print')
LIKE source_table (EXCLUDING ALL);
