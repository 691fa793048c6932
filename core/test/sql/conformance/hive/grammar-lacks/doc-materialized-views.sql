-- Source: Hive Language Manual, Materialized views, https://hive.apache.org/docs/latest/language/materialized-views/ (apache/hive-site content/docs/latest/language/materialized-views.md).
-- Documented Hive syntax that dt-sql-parser's HiveSQL grammar rejects; each statement is an example from that page.
CREATE MATERIALIZED VIEW mv3
STORED BY 'org.apache.hadoop.hive.druid.DruidStorageHandler'
AS
SELECT floor(time to minute) as `__time`, page,
    SUM(characters_added) AS c_added,
    SUM(characters_removed) AS c_removed
FROM wiki
GROUP BY floor(time to minute), page;
-- ----
SELECT floor(time to month),
    SUM(characters_added) AS c_added
FROM wiki
GROUP BY floor(time to month);
-- ----
SELECT floor(time to month),
    SUM(c_added)
FROM mv3
GROUP BY floor(time to month);
-- ----
SET hive.materializedview.rewriting.time.window=10min;
