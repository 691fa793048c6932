-- Source: Spark SQL reference, "REFRESH TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-cache-refresh-table.html (apache/spark docs/sql-ref-syntax-aux-cache-refresh-table.md).
REFRESH [TABLE] table_identifier;
-- ----
-- The cached entries of the table will be refreshed
-- The table is resolved from the current database as the table name is unqualified.
REFRESH TABLE tbl1;
-- ----
-- The cached entries of the view will be refreshed or invalidated
-- The view is resolved from tempDB database, as the view name is qualified.
REFRESH TABLE tempDB.view1;
