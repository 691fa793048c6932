-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "order-by-all" family picked from those files (the file of each is named above it).
-- column-resolution-sort.sql
-- Missing reference has higher priority than ORDER BY ALL.
-- Results will be [1, 2] if we order by `max(a)`.
-- Actually results are [2, 1] as we order by the grouping column `v2.all`.
SELECT max(a) FROM v2 GROUP BY all ORDER BY all;
-- ----
-- column-resolution-sort.sql
-- ORDER BY ALL has higher priority than outer reference.
-- Results will be [1, 1] if we order by outer reference 'v2.all'.
-- Actually results are [2, 2] as we order by column `v1.b`
SELECT (SELECT b FROM v1 ORDER BY all LIMIT 1) FROM v2;
