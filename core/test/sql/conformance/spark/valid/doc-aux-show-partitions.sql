-- Source: Spark SQL reference, "SHOW PARTITIONS", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-show-partitions.html (apache/spark docs/sql-ref-syntax-aux-show-partitions.md).
CREATE TABLE customer(id INT, name STRING) PARTITIONED BY (state STRING, city STRING);
-- ----
INSERT INTO customer PARTITION (state = 'CA', city = 'Fremont') VALUES (100, 'John');
-- ----
INSERT INTO customer PARTITION (state = 'CA', city = 'San Jose') VALUES (200, 'Marry');
-- ----
INSERT INTO customer PARTITION (state = 'AZ', city = 'Peoria') VALUES (300, 'Daniel');
-- ----
-- Lists all partitions for table `customer`
SHOW PARTITIONS customer;
-- ----
-- Lists all partitions for the qualified table `customer`
SHOW PARTITIONS salesdb.customer;
-- ----
-- Specify a full partition spec to list specific partition
SHOW PARTITIONS customer PARTITION (state = 'CA', city = 'Fremont');
-- ----
-- Specify a partial partition spec to list the specific partitions
SHOW PARTITIONS customer PARTITION (state = 'CA');
-- ----
-- Specify a partial spec to list specific partition
SHOW PARTITIONS customer PARTITION (city =  'San Jose');
