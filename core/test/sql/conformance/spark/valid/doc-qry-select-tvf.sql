-- Source: Spark SQL reference, "Table-valued Functions (TVF)", https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-tvf.html (apache/spark docs/sql-ref-syntax-qry-select-tvf.md).
-- range call with end
SELECT * FROM range(6 + cos(3));
-- ----
-- range call with start and end
SELECT * FROM range(5, 10);
-- ----
-- range call with numPartitions
SELECT * FROM range(0, 10, 2, 200);
-- ----
-- range call with a table alias
SELECT * FROM range(5, 8) AS test;
-- ----
SELECT * FROM explode(array(10, 20));
-- ----
SELECT * FROM inline(array(struct(1, 'a'), struct(2, 'b')));
-- ----
SELECT * FROM posexplode(array(10,20));
-- ----
SELECT * FROM stack(2, 1, 2, 3);
-- ----
SELECT * FROM json_tuple('{"a":1, "b":2}', 'a', 'b');
-- ----
SELECT parse_url('http://spark.apache.org/path?query=1', 'HOST');
-- ----
-- Use explode with LATERAL join
CREATE TABLE test (c1 INT);
-- ----
INSERT INTO test VALUES (1);
-- ----
INSERT INTO test VALUES (2);
-- ----
SELECT * FROM test, LATERAL explode (ARRAY(3,4)) AS c2;
