-- Source: Flink documentation, "EXPLAIN Statements", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/explain/ (apache/flink docs/content/docs/dev/table/sql/explain.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
EXPLAIN ESTIMATED_COST, CHANGELOG_MODE, PLAN_ADVICE, JSON_EXECUTION_PLAN SELECT `count`, COUNT(word) FROM
( SELECT `count`, word FROM MyTable1 WHERE word LIKE 'F%'
UNION ALL
SELECT `count`, word FROM MyTable2 ) tmp GROUP BY `count`;
-- ----
EXPLAIN PLAN_ADVICE
SELECT
  AVG(a) AS avg_a,
  COUNT(*) AS cnt,
  COUNT(b) AS cnt_b,
  MIN(b) AS min_b,
  MAX(c) FILTER (WHERE a > 1) AS max_c
FROM MyTable;
-- ----
EXPLAIN PLAN_ADVICE
INSERT INTO MySink
SELECT a, b, `day`
FROM MyTable
WHERE b > 100;
-- ----
EXPLAIN PLAN_ADVICE
SELECT * FROM MyTable WHERE b > 100;
