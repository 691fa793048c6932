-- Source: Spark SQL reference, "star (*) Clause", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-star.html (apache/spark docs/sql-ref-syntax-qry-star.md).
-- Documented Spark syntax that dt-sql-parser's SparkSQL grammar rejects; each statement is an example from that page.
-- Return all columns except TA.c1 and TB.cb
SELECT * EXCEPT (c1, cb)  FROM VALUES(1, 2) AS TA(c1, c2), VALUES('a', 'b') AS TB(ca, cb);
