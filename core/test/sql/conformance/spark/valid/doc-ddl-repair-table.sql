-- Source: Spark SQL reference, "REPAIR TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-repair-table.html (apache/spark docs/sql-ref-syntax-ddl-repair-table.md).
-- create a partitioned table from existing data /tmp/namesAndAges.parquet
CREATE TABLE t1 (name STRING, age INT) USING parquet PARTITIONED BY (age)
    LOCATION "/tmp/namesAndAges.parquet";
-- ----
-- SELECT * FROM t1 does not return results
SELECT * FROM t1;
-- ----
-- run REPAIR TABLE to recovers all the partitions
REPAIR TABLE t1;
