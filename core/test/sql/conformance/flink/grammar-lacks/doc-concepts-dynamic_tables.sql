-- Source: Flink documentation, "Dynamic Tables", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/concepts/dynamic_tables/ (apache/flink docs/content/docs/dev/table/concepts/dynamic_tables.md).
-- Documented Flink syntax that dt-sql-parser's FlinkSQL grammar rejects; each statement is an example from that page.
SELECT user, COUNT(url)
FROM clicks
GROUP BY user;
-- ----
SELECT user, RANK() OVER (ORDER BY lastAction)
FROM (
  SELECT user, MAX(cTime) AS lastAction FROM clicks GROUP BY user
);
