-- Source: Spark SQL reference, "ALTER DATABASE", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-alter-database.html (apache/spark docs/sql-ref-syntax-ddl-alter-database.md).
-- Documented Spark syntax that dt-sql-parser's SparkSQL grammar rejects; each statement is an example from that page.
-- Alters the database to unset the property `Edited-by`
ALTER DATABASE inventory UNSET DBPROPERTIES ('Edited-by');
-- ----
-- Alters the database to unset a non-existent property `non-existent`
-- Note: The command will ignore 'non-existent' and finally succeed
ALTER DATABASE inventory UNSET DBPROPERTIES ('non-existent');
