-- Source: Flink documentation, "Temporal Table Function", https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/dev/table/concepts/temporal_table_function/ (apache/flink docs/content/docs/dev/table/concepts/temporal_table_function.md).
SELECT * FROM currency_rates;
-- ----
SELECT
  SUM(amount * rate) AS amount
FROM
  orders,
  LATERAL TABLE (rates(order_time))
WHERE
  rates.currency = orders.currency;
