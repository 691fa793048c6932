-- Source: Spark SQL reference, "SHOW VIEWS", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-show-views.html (apache/spark docs/sql-ref-syntax-aux-show-views.md).
-- Documented Spark syntax that dt-sql-parser's SparkSQL grammar rejects; each statement is an example from that page.
CREATE GLOBAL TEMP VIEW temp1 AS SELECT 1 AS col1;
-- ----
CREATE TEMP VIEW temp2 AS SELECT 1 AS col1;
