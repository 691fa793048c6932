-- Source: Flink documentation, "Top-N", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/sql/queries/topn/ (apache/flink docs/content/docs/dev/table/sql/queries/topn.md).
SELECT *
FROM (
  SELECT *,
    ROW_NUMBER() OVER (PARTITION BY category ORDER BY sales DESC) AS row_num
  FROM ShopSales)
WHERE row_num <= 5;
-- ----
-- omit row_num field from the output
SELECT product_id, category, product_name, sales
FROM (
  SELECT *,
    ROW_NUMBER() OVER (PARTITION BY category ORDER BY sales DESC) AS row_num
  FROM ShopSales)
WHERE row_num <= 5;
