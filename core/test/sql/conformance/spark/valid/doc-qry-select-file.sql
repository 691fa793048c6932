-- Source: Spark SQL reference, "File", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-file.html (apache/spark docs/sql-ref-syntax-qry-select-file.md).
-- PARQUET file
SELECT * FROM parquet.`examples/src/main/resources/users.parquet`;
-- ----
-- ORC file
SELECT * FROM orc.`examples/src/main/resources/users.orc`;
-- ----
-- JSON file
SELECT * FROM json.`examples/src/main/resources/people.json`;
