-- Source: Spark SQL reference, "NULL Semantics", https://spark.apache.org/docs/latest/sql-ref-null-semantics.html (apache/spark docs/sql-ref-null-semantics.md).
-- Statements that page documents as failing with a parse error.
CREATE VIEW unknown_age SELECT * FROM person WHERE age IS NULL;
