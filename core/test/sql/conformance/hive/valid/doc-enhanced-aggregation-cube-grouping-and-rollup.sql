-- Source: Hive Language Manual, Enhanced Aggregation, Cube, Grouping and Rollup, https://hive.apache.org/docs/latest/language/enhanced-aggregation-cube-grouping-and-rollup/ (apache/hive-site content/docs/latest/language/enhanced-aggregation-cube-grouping-and-rollup.md).
SELECT key, value, GROUPING__ID, count(*)
FROM T1
GROUP BY key, value WITH ROLLUP;
-- ----
SELECT key, value, GROUPING__ID,
  grouping(key, value), grouping(value, key), grouping(key), grouping(value),
  count(*)
FROM T1
GROUP BY key, value WITH ROLLUP;
