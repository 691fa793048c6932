-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "lateral-subquery" family picked from those files (the file of each is named above it).
-- join-lateral.sql
-- lateral join with single column select
SELECT * FROM t1, LATERAL (SELECT c1);
-- ----
-- join-lateral.sql
SELECT * FROM t1, LATERAL (SELECT c1 FROM t2);
-- ----
-- join-lateral.sql
SELECT * FROM t1, LATERAL (SELECT t1.c1 FROM t2);
-- ----
-- join-lateral.sql
SELECT * FROM t1, LATERAL (SELECT t1.c1 + t2.c1 FROM t2);
-- ----
-- join-lateral.sql
-- lateral join with star expansion
SELECT * FROM t1, LATERAL (SELECT *);
-- ----
-- join-lateral.sql
SELECT * FROM t1, LATERAL (SELECT * FROM t2);
