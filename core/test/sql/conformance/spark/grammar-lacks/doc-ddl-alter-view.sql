-- Source: Spark SQL reference, "ALTER VIEW", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-alter-view.html (apache/spark docs/sql-ref-syntax-ddl-alter-view.md).
-- Documented Spark syntax that dt-sql-parser's SparkSQL grammar rejects; each statement is an example from that page.
ALTER VIEW open_orders WITH SCHEMA EVOLUTION;
