-- Source: Spark SQL reference, "SHOW TBLPROPERTIES", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-show-tblproperties.html (apache/spark docs/sql-ref-syntax-aux-show-tblproperties.md).
CREATE TABLE customer(cust_code INT, name VARCHAR(100), cust_addr STRING)
    TBLPROPERTIES ('created.by.user' = 'John', 'created.date' = '01-01-2001');
-- ----
-- show all the user specified properties for table `customer`
SHOW TBLPROPERTIES customer;
-- ----
-- show all the user specified properties for a qualified table `customer`
-- in database `salesdb`
SHOW TBLPROPERTIES salesdb.customer;
-- ----
-- show value for unquoted property key `created.by.user`
SHOW TBLPROPERTIES customer (created.by.user);
-- ----
-- show value for property `created.date`` specified as string literal
SHOW TBLPROPERTIES customer ('created.date');
