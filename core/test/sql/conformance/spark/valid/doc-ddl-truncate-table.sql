-- Source: Spark SQL reference, "TRUNCATE TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-ddl-truncate-table.html (apache/spark docs/sql-ref-syntax-ddl-truncate-table.md).
-- Create table Student with partition
CREATE TABLE Student (name STRING, rollno INT) PARTITIONED BY (age INT);
-- ----
SELECT * FROM Student;
-- ----
-- Removes all rows from the table in the partition specified
TRUNCATE TABLE Student partition(age=10);
-- ----
-- Removes all rows from the table from all partitions
TRUNCATE TABLE Student;
