-- Source: Spark SQL reference, "INSERT OVERWRITE DIRECTORY", https://spark.apache.org/docs/latest/sql-ref-syntax-dml-insert-overwrite-directory.html (apache/spark docs/sql-ref-syntax-dml-insert-overwrite-directory.md).
INSERT OVERWRITE DIRECTORY '/tmp/destination'
    USING parquet
    OPTIONS (col1 1, col2 2, col3 'test')
    SELECT * FROM test_table;
-- ----
INSERT OVERWRITE DIRECTORY
    USING parquet
    OPTIONS ('path' '/tmp/destination', col1 1, col2 2, col3 'test')
    SELECT * FROM test_table;
-- ----
INSERT OVERWRITE LOCAL DIRECTORY '/tmp/destination'
    STORED AS orc
    SELECT * FROM test_table;
-- ----
INSERT OVERWRITE LOCAL DIRECTORY '/tmp/destination'
    ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
    SELECT * FROM test_table;
