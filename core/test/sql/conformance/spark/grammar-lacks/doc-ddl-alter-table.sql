-- Source: Spark SQL reference, "ALTER TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-alter-table.html (apache/spark docs/sql-ref-syntax-ddl-alter-table.md).
-- Documented Spark syntax that dt-sql-parser's SparkSQL grammar rejects; each statement is an example from that page.
ALTER TABLE Teacher CLUSTER BY (gender, country);
-- ----
ALTER TABLE Teacher CLUSTER BY NONE;
