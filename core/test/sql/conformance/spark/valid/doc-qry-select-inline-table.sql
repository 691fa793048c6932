-- Source: Spark SQL reference, "Inline Table", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-inline-table.html (apache/spark docs/sql-ref-syntax-qry-select-inline-table.md).
-- single row, without a table alias
SELECT * FROM VALUES ("one", 1);
-- ----
-- three rows with a table alias
SELECT * FROM VALUES ("one", 1), ("two", 2), ("three", null) AS data(a, b);
-- ----
-- complex types with a table alias
SELECT * FROM VALUES ("one", array(0, 1)), ("two", array(2, 3)) AS data(a, b);
