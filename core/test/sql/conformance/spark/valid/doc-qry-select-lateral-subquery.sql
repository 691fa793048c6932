-- Source: Spark SQL reference, "LATERAL SUBQUERY", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-lateral-subquery.html (apache/spark docs/sql-ref-syntax-qry-select-lateral-subquery.md).
CREATE TABLE t1 (c1 INT, c2 INT);
-- ----
INSERT INTO t1 VALUES (0, 1), (1, 2);
-- ----
CREATE TABLE t2 (c1 INT, c2 INT);
-- ----
INSERT INTO t2 VALUES (0, 2), (0, 3);
-- ----
SELECT * FROM t1,
  LATERAL (SELECT * FROM t2 WHERE t1.c1 = t2.c1);
-- ----
SELECT a, b, c FROM t1,
  LATERAL (SELECT c1 + c2 AS a),
  LATERAL (SELECT c1 - c2 AS b),
  LATERAL (SELECT a * b AS c);
