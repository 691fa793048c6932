-- Source: Spark SQL reference, "SHOW CREATE TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-show-create-table.html (apache/spark docs/sql-ref-syntax-aux-show-create-table.md).
CREATE TABLE test (c INT) ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
    STORED AS TEXTFILE
    TBLPROPERTIES ('prop1' = 'value1', 'prop2' = 'value2');
-- ----
SHOW CREATE TABLE test;
-- ----
SHOW CREATE TABLE test AS SERDE;
