-- Source: Spark SQL reference, "DISTRIBUTE BY Clause", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-distribute-by.html (apache/spark docs/sql-ref-syntax-qry-select-distribute-by.md).
-- Produces rows clustered by age. Persons with same age are clustered together.
-- Unlike `CLUSTER BY` clause, the rows are not sorted within a partition.
SELECT age, name FROM person DISTRIBUTE BY age;
