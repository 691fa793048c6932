-- Source: Spark SQL reference, "SHOW COLUMNS", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-show-columns.html (apache/spark docs/sql-ref-syntax-aux-show-columns.md).
-- Create `customer` table in `salesdb` database;
USE salesdb;
-- ----
CREATE TABLE customer(
    cust_cd INT,
    name VARCHAR(100),
    cust_addr STRING);
-- ----
-- List the columns of `customer` table in current database.
SHOW COLUMNS IN customer;
-- ----
-- List the columns of `customer` table in `salesdb` database.
SHOW COLUMNS IN salesdb.customer;
-- ----
-- List the columns of `customer` table in `salesdb` database
SHOW COLUMNS IN customer IN salesdb;
