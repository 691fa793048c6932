-- Source: Spark SQL reference, "SHOW DATABASES", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-show-databases.html (apache/spark docs/sql-ref-syntax-aux-show-databases.md).
-- Create database. Assumes a database named `default` already exists in
-- the system.
CREATE DATABASE payroll_db;
-- ----
CREATE DATABASE payments_db;
-- ----
-- Lists all the databases.
SHOW DATABASES;
-- ----
-- Lists databases with name starting with string pattern `pay`
SHOW DATABASES LIKE 'pay*';
-- ----
-- Lists all databases. Keywords SCHEMAS and DATABASES are interchangeable.
SHOW SCHEMAS;
