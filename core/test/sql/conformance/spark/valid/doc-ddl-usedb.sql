-- Source: Spark SQL reference, "USE Database", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-usedb.html (apache/spark docs/sql-ref-syntax-ddl-usedb.md).
USE database_name;
-- ----
-- Use the 'userdb1' which doesn't exist
USE userdb1;
