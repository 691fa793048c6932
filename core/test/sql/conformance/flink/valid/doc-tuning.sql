-- Source: Flink documentation, "Performance Tuning", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/tuning/ (apache/flink docs/content/docs/dev/table/tuning.md).
SELECT color, sum(id)
FROM T
GROUP BY color;
-- ----
SET 'table.exec.mini-batch.size' = '5000';
-- ----
SELECT a.id as a_id, a.a_content, b.id as b_id, b.b_content
FROM a LEFT JOIN b
ON a.id = b.id;
