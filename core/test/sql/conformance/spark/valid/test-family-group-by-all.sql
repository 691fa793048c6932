-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "group-by-all" family picked from those files (the file of each is named above it).
-- alias-resolution-edge-cases.sql
-- LCA attributes shouldn't be counted in UNRESOLVED_GROUP_BY_ALL validation
SELECT COUNT(col1) as alias, SUM(col1) + alias FROM t1 GROUP BY ALL;
-- ----
-- alias-resolution-edge-cases.sql
SELECT COUNT(col1) as alias, SUM(col1) + alias, SUM(col1) + col1 FROM t1 GROUP BY ALL;
-- ----
-- column-resolution-aggregate.sql
-- Relation output columns have higher priority than GROUP BY ALL. This query should
-- fail as `x` is not in GROUP BY.
SELECT x FROM v2 GROUP BY all;
-- ----
-- column-resolution-aggregate.sql
-- GROUP BY alias has higher priority than GROUP BY ALL, this query fails as `b` is not in GROUP BY.
SELECT a AS all, b FROM v1 GROUP BY all;
