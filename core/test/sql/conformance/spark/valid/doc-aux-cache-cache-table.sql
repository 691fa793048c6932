-- Source: Spark SQL reference, "CACHE TABLE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-cache-cache-table.html (apache/spark docs/sql-ref-syntax-aux-cache-cache-table.md).
CACHE TABLE testCache OPTIONS ('storageLevel' 'DISK_ONLY') SELECT * FROM testData;
