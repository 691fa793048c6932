-- Source: Spark SQL reference, "DESCRIBE TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-describe-table.html (apache/spark docs/sql-ref-syntax-aux-describe-table.md).
-- Documented Spark syntax that dt-sql-parser's SparkSQL grammar rejects; each statement is an example from that page.
-- Returns the table metadata in JSON format.
DESC FORMATTED customer AS JSON;
