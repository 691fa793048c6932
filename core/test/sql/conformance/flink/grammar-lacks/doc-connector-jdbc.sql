-- Source: Flink connector documentation, "JDBC", https://nightlies.apache.org/flink/flink-docs-stable/docs/connectors/table/jdbc/ (apache/flink-connector-jdbc docs/content/docs/connectors/table/jdbc.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
-- scan table 'test_table' of 'doc' schema (i.e. the default schema), the schema name can be omitted
SELECT * FROM mycatalog.crate.doc.test_table;
