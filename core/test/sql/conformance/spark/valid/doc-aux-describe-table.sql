-- Source: Spark SQL reference, "DESCRIBE TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-describe-table.html (apache/spark docs/sql-ref-syntax-aux-describe-table.md).
-- Creates a table `customer`. Assumes current database is `salesdb`.
CREATE TABLE customer(
        cust_id INT,
        state VARCHAR(20),
        name STRING COMMENT 'Short name'
    )
    USING parquet
    PARTITIONED BY (state);
-- ----
INSERT INTO customer PARTITION (state = 'AR') VALUES (100, 'Mike');
-- ----
-- Returns basic metadata information for unqualified table `customer`
DESCRIBE TABLE customer;
-- ----
-- Returns basic metadata information for qualified table `customer`
DESCRIBE TABLE salesdb.customer;
-- ----
-- Returns additional metadata such as parent database, owner, access time etc.
DESCRIBE TABLE EXTENDED customer;
-- ----
-- Returns partition metadata such as partitioning column name, column type and comment.
DESCRIBE TABLE EXTENDED customer PARTITION (state = 'AR');
-- ----
-- Returns the metadata for `name` column.
-- Optional `TABLE` clause is omitted and column is fully qualified.
DESCRIBE customer salesdb.customer.name;
