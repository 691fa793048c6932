-- Source: Spark SQL reference, "Data Types", https://spark.apache.org/docs/latest/sql-ref-datatypes.html (apache/spark docs/sql-ref-datatypes.md).
SELECT double('infinity') AS col;
-- ----
SELECT float('-inf') AS col;
-- ----
SELECT float('NaN') AS col;
-- ----
SELECT double('infinity') * 0 AS col;
-- ----
SELECT double('-infinity') * (-1234567) AS col;
-- ----
SELECT double('infinity') < double('NaN') AS col;
-- ----
SELECT double('NaN') = double('NaN') AS col;
-- ----
SELECT double('inf') = double('infinity') AS col;
-- ----
CREATE TABLE test (c1 int, c2 double);
-- ----
INSERT INTO test VALUES
  (1, double('infinity')),
  (2, double('infinity')),
  (3, double('inf')),
  (4, double('-inf')),
  (5, double('NaN')),
  (6, double('NaN')),
  (7, double('-infinity'))
;
-- ----
SELECT COUNT(*), c2
FROM test
GROUP BY c2
ORDER BY c2;
